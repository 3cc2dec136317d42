package no.samspill.core.config;

/**
 * The shares of the users' true needs (ODD §7.1, "True needs"): which services an episode type and complexity need is
 * the structure of the pathways and stays in {@code PlannedNeed.draw}; where a need is present only for some users, the
 * share is set here. One uniform draw x per episode decides all of them (so that the services that come together are
 * correlated as described under each setting, and the sequence of random draws does not depend on the settings).
 */
public class NeedsConfig implements no.samspill.core.agents.PlannedNeed.Shares {
    @Param(doc = "Wicked hospital discharge: the extra stage-1 service is day activity when x < this, else mental-health/substance service",
            unit = "share 0–1", min = 0, max = 1,
            source = "which services: 003A §2.1, §4.5; 003B §2; share assumption (ODD §7.1)")
    public double wickedDischargeDayActivityShare = 0.5;
    @Param(doc = "Complex long-term episode: work and welfare (NAV) is needed when x < this",
            unit = "share 0–1", min = 0, max = 1,
            source = "which services: 003A §2.1, §4.5; 003B §2; share assumption (ODD §7.1)")
    public double complexWorkWelfareShare = 0.7;
    @Param(doc = "Complex long-term episode: day activity is needed when x < this or x > complex_day_activity_above (with the defaults "
            + "half the users need it together with work and welfare, 15 % without it)",
            unit = "share 0–1", min = 0, max = 1,
            source = "which services: 003A §2.1, §4.5; 003B §2; share assumption (ODD §7.1)")
    public double complexDayActivityBelow = 0.5;
    @Param(doc = "Complex long-term episode: day activity is also needed when x > this (see complex_day_activity_below; 1 = never above)",
            unit = "share 0–1", min = 0, max = 1,
            source = "which services: 003A §2.1, §4.5; 003B §2; share assumption (ODD §7.1)")
    public double complexDayActivityAbove = 0.85;

    @Override public double wickedDischargeDayActivityShare() { return wickedDischargeDayActivityShare; }
    @Override public double complexWorkWelfareShare() { return complexWorkWelfareShare; }
    @Override public double complexDayActivityBelow() { return complexDayActivityBelow; }
    @Override public double complexDayActivityAbove() { return complexDayActivityAbove; }
}
