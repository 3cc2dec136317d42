package no.samspill.core.agents;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/** A service need with its stage in the pathway (stage 1 follows stage 0), as drawn at arrival (docs/ODD.md §7.1). */
public record PlannedNeed(ServiceType service, int stage) {

    /**
     * The shares of the needs only some users have (ODD §7.1): the settings {@code needs.*}, implemented by
     * {@code core.config.NeedsConfig} (an interface here, as the settings depend on this package and not the reverse).
     */
    public interface Shares {
        /** Wicked hospital discharge: day activity when x is below this, else mental-health/substance service. */
        double wickedDischargeDayActivityShare();
        /** Complex long-term episode: work and welfare when x is below this. */
        double complexWorkWelfareShare();
        /** Complex long-term episode: day activity when x is below this ... */
        double complexDayActivityBelow();
        /** ... or above this. */
        double complexDayActivityAbove();
    }

    /**
     * The user's true needs by episode type and complexity (ODD §2 "needs across services"; 003A §2.1,
     * §4.5; 003B §2). Governance does not change them: it changes what is detected, granted and delivered.
     * <p>
     * Which services each type and complexity needs, and at which stage, is the structure of the pathways the texts
     * describe (ODD §7.1, table "True needs"), so it stays code; the shares of the needs only some users have are the
     * settings {@code needs.*} ({@link Shares}). One uniform draw per call, whatever the type and the settings, so
     * that a changed share does not shift the stream of later draws.
     */
    public static List<PlannedNeed> draw(EpisodeType t, Complexity c, Shares n, MersenneTwisterFast r) {
        List<PlannedNeed> out = new ArrayList<>(4);
        // Help at home: whether it is given as everyday rehabilitation is decided by allocation (ODD §7.3), not here.
        ServiceType home = ServiceType.HOME_CARE;
        double extra = r.nextDouble();
        switch (t) {
            case HOSPITAL_DISCHARGE -> {
                if (c == Complexity.ROUTINE) {
                    out.add(new PlannedNeed(home, 0));
                } else {
                    out.add(new PlannedNeed(ServiceType.SHORT_TERM_STAY, 0));
                    out.add(new PlannedNeed(home, 1));
                    out.add(new PlannedNeed(ServiceType.GP_FOLLOW_UP, 1));
                    if (c == Complexity.WICKED) {
                        out.add(new PlannedNeed(extra < n.wickedDischargeDayActivityShare() ? ServiceType.DAY_ACTIVITY : ServiceType.MENTAL_HEALTH_SUBSTANCE, 1));
                    }
                }
            }
            case FUNCTIONAL_DECLINE -> {
                out.add(new PlannedNeed(home, 0));
                if (c != Complexity.ROUTINE) out.add(new PlannedNeed(ServiceType.GP_FOLLOW_UP, 0));
                if (c == Complexity.WICKED) {
                    out.add(new PlannedNeed(ServiceType.DAY_ACTIVITY, 1));
                }
            }
            case COMPLEX_LONG_TERM -> {
                out.add(new PlannedNeed(ServiceType.MENTAL_HEALTH_SUBSTANCE, 0));
                out.add(new PlannedNeed(ServiceType.GP_FOLLOW_UP, 0));
                if (extra < n.complexWorkWelfareShare()) out.add(new PlannedNeed(ServiceType.WORK_AND_WELFARE, 0));
                if (extra < n.complexDayActivityBelow() || extra > n.complexDayActivityAbove()) out.add(new PlannedNeed(ServiceType.DAY_ACTIVITY, 1));
                if (c == Complexity.WICKED) out.add(new PlannedNeed(ServiceType.HOME_CARE, 1));
            }
            case WORK_HEALTH -> {
                out.add(new PlannedNeed(ServiceType.GP_FOLLOW_UP, 0));
                out.add(new PlannedNeed(ServiceType.WORK_AND_WELFARE, 0));
                if (c != Complexity.ROUTINE) out.add(new PlannedNeed(ServiceType.MENTAL_HEALTH_SUBSTANCE, 0));
            }
        }
        return out;
    }
}
