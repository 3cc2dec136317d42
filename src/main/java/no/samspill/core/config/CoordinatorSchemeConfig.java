package no.samspill.core.config;

import no.samspill.core.agents.CoordinatorScheme;

/** A coordinator scheme: who qualifies is set by the scheme; how many coordinators and their caseload here. */
public class CoordinatorSchemeConfig {
    @Param(doc = "INDIVIDUAL_PLAN, PATHWAY, DIAGNOSIS or CONTACT_PHYSICIAN", unit = "category", source = "003B §2")
    public CoordinatorScheme scheme;
    @Param(doc = "Number of coordinators (professionals holding the role)", unit = "persons", min = 0, max = 100000, source = "scenario input")
    public int coordinators = 5;
    @Param(doc = "Maximum concurrent users per coordinator; users beyond it wait for a free coordinator", unit = "users", min = 1, max = 10000, source = "003B §2.5 (coordinator schemes); limit assumption")
    public int caseloadLimit = 20;
    @Param(doc = "Hours per week a coordinator spends per user", unit = "hours per user-week", min = 0, max = 40, source = "assumption")
    public double hoursPerUserWeek = 0.5;
}
