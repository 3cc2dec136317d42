package no.samspill.core.config;

import java.util.ArrayList;
import java.util.List;

/** Demand: episode rates and the attributes users are drawn with (ODD §2.1, §4.1 Demand). */
public class DemandConfig {
    @Param(doc = "Hospital admissions that end in a discharge needing municipal follow-up, per 1000 inhabitants per year (scaled by age structure)",
           unit = "per 1000 per year", min = 0, max = 1000, source = "003A §1; 001 §5.2")
    public double hospitalDischargeRate = 14;
    @Param(doc = "Functional decline at home (rehabilitation candidates), per 1000 inhabitants per year (scaled by age structure)",
           unit = "per 1000 per year", min = 0, max = 1000, source = "003A §4.5")
    public double functionalDeclineRate = 8;
    @Param(doc = "New long-term complex needs across several services (individual-plan candidates), per 1000 per year",
           unit = "per 1000 per year", min = 0, max = 1000, source = "003B §2")
    public double complexLongTermRate = 3;
    @Param(doc = "Work-related health problems handled with NAV, per 1000 per year", unit = "per 1000 per year", min = 0, max = 1000, source = "003B §1.1 (NAV sick-leave teams), §2.10 (NAV); rate assumption")
    public double workHealthRate = 6;

    @Param(doc = "Share of episodes that are complex (the rest of the non-wicked are routine)", unit = "share 0–1", min = 0, max = 1, source = "003A §2.1")
    public double complexShare = 0.30;
    @Param(doc = "Share of episodes that are wicked (complex, unclear and disputed)", unit = "share 0–1", min = 0, max = 1, source = "003A §2.1")
    public double wickedShare = 0.08;
    @Param(doc = "Probability that a user has relatives who take part", unit = "probability", min = 0, max = 1, source = "003A §5")
    public double relativesPresent = 0.6;
    @Param(doc = "Probability that a user has an advocate (peer, user-organisation rep, guardian or provider-advocate)",
           unit = "probability", min = 0, max = 1, source = "003A §5; 001 §2.8")
    public double advocateShare = 0.15;
    @Param(doc = "Share of users with a low resource position (education, language, network); they are less assertive",
           unit = "share 0–1", min = 0, max = 1, source = "001 §8 participation trap")
    public double lowResourceShare = 0.3;
    @Param(doc = "Mean assertiveness / health literacy of high-resource users; low-resource users have low_resource_assertiveness_factor of it",
           unit = "0–1", min = 0, max = 1, source = "001 §8 (participation trap); magnitude assumption")
    public double meanAssertiveness = 0.55;
    @Param(doc = "Recent loss of function in long-term and work-related episodes relative to acute ones (hospital discharge, functional decline), "
            + "whose recent loss, as a share of what can be regained, is the product of two U(0, 1) draws (mean 0.25). Rehabilitation potential = recent loss share × "
            + "residual capacity (ODD §7.1)", unit = "factor 0–1", min = 0, max = 1,
            source = "003A §4.5 (everyday rehabilitation is early intervention after an acute functional decline, seed L2436–2449); magnitude assumption")
    public double gradualDeclineFactor = 0.2;
    @Param(doc = "Functional level from which a user has full residual capacity to train; below it potential shrinks in proportion",
            unit = "functional level 0–1", min = 0.01, max = 1,
            source = "003A §4.5 (grey zone: signs of becoming dependent but with residual capacity, seed L2486–2489, L2532–2533); magnitude assumption")
    public double residualCapacityFull = 0.4;
    @Param(doc = "Share of users with a diagnosis that brings a diagnosis coordinator (e.g. dementia, cancer)", unit = "share 0–1", min = 0, max = 1, source = "003B §2")
    public double diagnosisShare = 0.25;

    @Param(doc = "Low-resource users' mean assertiveness as a share of high-resource users'", unit = "factor", min = 0, max = 1,
            source = "001 §8 (participation trap); magnitude assumption")
    public double lowResourceAssertivenessFactor = 0.6;
    @Param(doc = "Standard deviation of assertiveness between users around their group's mean (normal, clamped to 0–1)", unit = "0–1", min = 0, max = 1,
            source = "assumption")
    public double assertivenessSd = 0.15;
    @Param(doc = "Most goals a user has: 1 + Binomial(goals_max − 1, ½), so between 1 and goals_max, centred between them", unit = "goals", min = 1, max = 20,
            source = "assumption")
    public int goalsMax = 4;
    @Param(doc = "Lowest functional level (0–1) of a user arriving after hospital discharge (uniform over [min, min + range], less for complex cases)", unit = "level 0–1", min = 0, max = 1,
            source = "assumption")
    public double functionalHospitalDischargeMin = 0.3;
    @Param(doc = "Range of the functional level of a user arriving after hospital discharge", unit = "level 0–1", min = 0, max = 1,
            source = "assumption")
    public double functionalHospitalDischargeRange = 0.4;
    @Param(doc = "Lowest functional level of a user arriving with functional decline at home", unit = "level 0–1", min = 0, max = 1,
            source = "003A §2.1 (the 'grey zone': residual capacity); value assumption")
    public double functionalDeclineMin = 0.4;
    @Param(doc = "Range of the functional level of a user arriving with functional decline at home", unit = "level 0–1", min = 0, max = 1,
            source = "assumption")
    public double functionalDeclineRange = 0.3;
    @Param(doc = "Lowest functional level of a user arriving with a long-term complex need", unit = "level 0–1", min = 0, max = 1,
            source = "assumption")
    public double functionalComplexLongTermMin = 0.4;
    @Param(doc = "Range of the functional level of a user arriving with a long-term complex need", unit = "level 0–1", min = 0, max = 1,
            source = "assumption")
    public double functionalComplexLongTermRange = 0.4;
    @Param(doc = "Lowest functional level of a user arriving with a work-related health problem", unit = "level 0–1", min = 0, max = 1,
            source = "assumption")
    public double functionalWorkHealthMin = 0.6;
    @Param(doc = "Range of the functional level of a user arriving with a work-related health problem", unit = "level 0–1", min = 0, max = 1,
            source = "assumption")
    public double functionalWorkHealthRange = 0.3;
    @Param(doc = "Functional level lost per complexity step above routine (complex: 1 step, wicked: 2)", unit = "level per step", min = 0, max = 1,
            source = "assumption")
    public double functionalLossPerComplexityStep = 0.05;
    @Param(doc = "Share of wicked cases among long-term complex needs, as a multiple of wicked_share (at least complex_long_term_wicked_min; the rest are complex)", unit = "factor", min = 1, max = 20,
            source = "003A §2.1 (complex, composite, long-lasting needs with shared responsibility); magnitude assumption")
    public double complexLongTermWickedFactor = 2.5;
    @Param(doc = "Least share of wicked cases among long-term complex needs", unit = "share 0–1", min = 0, max = 1,
            source = "assumption")
    public double complexLongTermWickedMin = 0.2;

    /** Direct Poisson arrivals to named units, bypassing pathways (verification scenarios). */
    public List<DirectArrivalConfig> direct = new ArrayList<>();

    public static class DirectArrivalConfig {
        @Param(doc = "Id of the unit receiving the arrivals", unit = "id", source = "scenario input")
        public String unit;
        @Param(doc = "Poisson arrival rate λ", unit = "arrivals per day", min = 0, max = 1e6, source = "scenario input (verification: ODD §1.2 P10)")
        public double ratePerDay;
    }
}
