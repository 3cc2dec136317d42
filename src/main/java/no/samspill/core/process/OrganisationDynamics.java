package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;
import no.samspill.core.units.Professional;
import no.samspill.core.config.OrganisationConfig;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Link;
import no.samspill.core.units.Owner;
import no.samspill.core.units.ServiceUnit;

/**
 * Process 9, slow organisational dynamics (ODD §7.9). Each unit's cross-sector maturity (the Danish staircase,
 * 002, steps 1–5) is reviewed periodically: it climbs with anchoring in management, leaders who anchor cross-boundary work ({@link ArenaTime#anchored}) and the
 * volume of joint work, and slips without them. Staff turnover replaces people, who arrive without knowledge of
 * others; when a link's key person leaves, the trust and maturity that rested on them fall (002; 000 A3).
 * Reorganisations (004: 40 % within two years) halve what others know of the reorganised unit. The rates, shares and
 * volumes are settings of {@link OrganisationConfig}. Structural, not settings: maturity steps run 1–5 and move one
 * step at a time (the staircase of 002); anchoring is on a 0–5 scale, so {@code anchoring / 5} is its share of the
 * maximum; {@code 365.0} converts per-year rates to days.
 */
public final class OrganisationDynamics {
    private final World m;
    private final OrganisationConfig c;
    private long[] handoffsAtReview;

    public OrganisationDynamics(World m) {
        this.m = m;
        this.c = m.scenario.organisation;
    }

    public void start() {
        OrganisationConfig oc = m.scenario.organisation;
        handoffsAtReview = new long[m.units.size()];
        for (ServiceUnit u : m.units) scheduleReview(u, oc.maturityReviewDays);
        if (oc.staffTurnoverPerYear > 0 && !m.professionals.isEmpty()) scheduleTurnover(oc.staffTurnoverPerYear);
        if (oc.reorganisationRatePerYear > 0) scheduleReorganisation(oc.reorganisationRatePerYear);
    }

    private void scheduleReview(ServiceUnit u, double interval) {
        m.after(interval, () -> {
            review(u);
            scheduleReview(u, interval);
        });
    }

    /**
     * Joint work across the unit's boundaries since the start (hand-offs in and out, to and from other units): the
     * sum over its links, kept as a running count by {@link World#recordHandoff} so that a review is O(1).
     */
    private long jointWork(ServiceUnit u) {
        return u.boundaryHandoffs;
    }

    void review(ServiceUnit u) {
        MersenneTwisterFast r = m.rng(Streams.Stream.ORGANISATION);
        long work = jointWork(u);
        double volume = Math.min(1, (work - handoffsAtReview[u.index]) / c.maturityFullVolumeHandoffs);
        handoffsAtReview[u.index] = work;
        Chances p = chances(m, u, volume);
        double x = r.nextDouble();
        if (x < p.climb() && u.maturity < 5) u.maturity = Math.min(5, u.maturity + 1);
        else if (x > 1 - p.slip() && u.maturity > 1) u.maturity = Math.max(1, u.maturity - 1);
    }

    /** A unit's chances per review to climb and to slip one maturity step, before reorganisations (ODD §7.9). */
    record Chances(double climb, double slip) { }

    /**
     * The chances for unit {@code u} at joint-work {@code volume} (0–1): climbing with anchoring, leaders who anchor
     * cross-boundary work and volume, slipping without anchoring where the leaders do not (a = 1 or 0, §7.9). The
     * reviews and the long-run levels' stationary chain ({@link LongRunLevels}) both use them.
     */
    static Chances chances(World m, ServiceUnit u, double volume) {
        OrganisationConfig c = m.scenario.organisation;
        double led = ArenaTime.anchored(m, u) ? 1 : 0;
        return new Chances(c.maturityClimbProbability * (u.anchoring / 5.0 + led) / 2.0 * volume,
                c.maturitySlipProbability * (1 - u.anchoring / 5.0) * (1 - led));
    }

    /**
     * Turnover as one municipal Poisson process of rate (professionals × rate per person), each event replacing a
     * professional drawn at random: the superposition of the per-person processes, with one pending event instead of
     * one per professional (which made the event queue grow with the population).
     */
    private void scheduleTurnover(double perYear) {
        MersenneTwisterFast r = m.rng(Streams.Stream.ORGANISATION);
        double dt = Streams.exponential(r, 365.0 / (perYear * m.professionals.size()));
        m.after(dt, () -> {
            leave(m.professionals.get(m.rng(Streams.Stream.ORGANISATION).nextInt(m.professionals.size())));
            scheduleTurnover(perYear);
        });
    }

    /** Number of the next person hired (persons are numbered after the initial professionals' ids). */
    private int nextPerson = -1;

    /** A professional leaves and is replaced; a key person's leaving breaks what rested on them. */
    void leave(Professional p) {
        if (nextPerson < 0) nextPerson = m.professionals.size();
        p.replace(m.now(), c.newcomerTrust, c.newcomerOwnUnitKnowledge, nextPerson++);
        for (ServiceUnit v : m.units) {
            Link l = m.link(p.unit, v);
            if (l.keyPerson == p.id) {
                l.trust *= c.keyPersonTrustKept;
                m.link(v, p.unit).trust *= c.keyPersonReverseTrustKept;
                p.unit.maturity = Math.max(1, p.unit.maturity - 1);
                l.keyPerson = -1;
                m.emit(EventType.KEY_PERSON_LOST, null, p.unit, p, v.id, l.trust, null);
            }
        }
        m.emit(EventType.TURNOVER, null, p.unit, p, null, 0, null);
    }

    private void scheduleReorganisation(double perYear) {
        double dt = Streams.exponential(m.rng(Streams.Stream.ORGANISATION), 365.0 / perYear);
        m.after(dt, () -> {
            reorganise();
            scheduleReorganisation(perYear);
        });
    }

    void reorganise() {
        MersenneTwisterFast r = m.rng(Streams.Stream.ORGANISATION);
        double now = m.now();
        for (ServiceUnit u : m.units) {
            if (u.owner != Owner.MUNICIPALITY || r.nextDouble() >= c.reorganisedUnitShare) continue;
            u.maturity = Math.max(1, u.maturity - 1);
            for (Professional p : m.professionals) {
                if (p.unit != u) p.setKnowledge(u.index, p.knowledgeOf(u.index, now) * c.reorganisationKnowledgeKept, now);
            }
            m.emit(EventType.REORGANISATION, null, u, null, null, u.maturity, null);
        }
    }
}
