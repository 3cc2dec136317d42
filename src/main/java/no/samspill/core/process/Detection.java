package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.units.Professional;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.Role;

/**
 * Process 2, detection and referral (ODD §7.2). A need arising at home is latent until someone notices it:
 * the GP, home care or outreach (case-finding), relatives or the user. Each source has a hazard; the first to fire
 * detects. A professional refers only if the need looks severe enough for the referral threshold set by the
 * eligibility rule ("better to refer too many than too few" lowers it, 003A §4.5); otherwise it waits and is seen
 * again later, while the user's function declines.
 */
public final class Detection {
    private final World m;

    private Pathway pathway;

    public Detection(World m) { this.m = m; }

    /** Where detected needs are referred (set once, by the model, before the run starts). */
    public void connect(Pathway p) { this.pathway = p; }

    /** Who notices a need, and the role of the unit they work in (none for relatives and the user). */
    enum Source {
        GP(Role.GP), HOME_CARE(Role.HOME_CARE), CASE_FINDING(Role.OUTREACH), RELATIVES(null), SELF(null);

        final Role role;

        Source(Role role) { this.role = role; }
    }

    /** Mean days to detection by each source at full strength (orders of magnitude, ODD §7.2). */
    static final double GP_DAYS = 90, GP_DAYS_WORK = 20, GP_DAYS_COMPLEX = 45, HOME_CARE_DAYS = 7, CASE_FINDING_DAYS = 15,
            RELATIVES_DAYS = 60, SELF_DAYS = 45;

    public void onset(Episode ep) {
        scheduleDetection(ep);
    }

    void scheduleDetection(Episode ep) {
        Governance g = m.gov();
        double[] h = new double[Source.values().length];
        h[Source.GP.ordinal()] = 1.0 / (ep.type == EpisodeType.WORK_HEALTH ? GP_DAYS_WORK
                : ep.type == EpisodeType.COMPLEX_LONG_TERM ? GP_DAYS_COMPLEX : GP_DAYS);
        h[Source.HOME_CARE.ordinal()] = ep.user.activeServices > 0 ? 1.0 / HOME_CARE_DAYS : 0;
        h[Source.CASE_FINDING.ordinal()] = g.get(Governance.Rule.CASE_FINDING) / CASE_FINDING_DAYS;
        h[Source.RELATIVES.ordinal()] = ep.user.relatives ? 1.0 / RELATIVES_DAYS : 0;
        h[Source.SELF.ordinal()] = ep.user.assertiveness / SELF_DAYS;
        double total = 0;
        for (double x : h) total += x;
        MersenneTwisterFast r = m.rng(Streams.Stream.DETECTION);
        double dt = Streams.exponential(r, 1.0 / total);
        double u = r.nextDouble() * total;
        Source src = Source.SELF;
        for (Source s : Source.values()) {
            u -= h[s.ordinal()];
            if (u < 0) { src = s; break; }
        }
        final Source source = src;
        m.after(dt, () -> detected(ep, source));
    }

    void detected(Episode ep, Source source) {
        if (ep.ended()) return;  // the user died before anyone noticed (ODD §7.12)
        MersenneTwisterFast r = m.rng(Streams.Stream.DETECTION);
        Governance g = m.gov();
        ServiceUnit from = source.role == null ? null : m.unitFor(source.role, ep.user);
        ep.applyUnmet(m.now());
        if (from != null) {
            double severity = Health.severity(ep);
            double threshold = 0.45 - 0.35 * g.get(Governance.Rule.ELIGIBILITY_BREADTH);
            if (severity < threshold) {
                m.emit(EventType.NOT_REFERRED, ep, from, null, source.name(), severity, "below referral threshold");
                scheduleDetection(ep);
                return;
            }
        }
        Professional referrer = from == null || from.staff.isEmpty() ? null : from.staff.get(r.nextInt(from.staff.size()));
        m.emit(EventType.DETECTED, ep, from, referrer, source.name(), 0, null);
        pathway.refer(ep, from, referrer);
    }
}
