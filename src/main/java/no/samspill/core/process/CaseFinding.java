package no.samspill.core.process;

import java.util.List;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.User;
import no.samspill.core.config.DetectionConfig;
import no.samspill.core.config.DetectionConfig.OutreachTarget;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.Ordering;
import no.samspill.core.world.World;

/**
 * Case-finding as an activity (ODD §7.2): an outreach unit that runs it visits people of its target population at
 * home, as many visits a week as the hours it can spare allow, and a latent need is found only when a visit actually
 * comes to that user. Governance decides whether the activity exists: the rule {@code case_finding} is the share of
 * outreach units that run it (a fixed set of units by the order of their index, as the pressure rules of ODD §7.13);
 * how often a given user is visited then follows from the unit's spare hours, the hours a visit takes and how many
 * people it must cover. The hours are booked in the unit's time budget (assessment and travel, ODD §7.10), so
 * case-finding competes with the unit's cases and shows in cost.
 *
 * <p>Every draw is counter-based ({@link Streams#uniform} on the run seed, the episode and the week), so switching the
 * activity off or changing its hours leaves every random stream of the other processes as it was (common random
 * numbers). The weekly round is scheduled whether or not any unit runs the activity.
 */
final class CaseFinding {
    /** Salt of the counter-based draws (visit or not, visit day, notice). */
    private static final long SALT = 0x43415345_46494E44L;

    private final World m;
    private final DetectionConfig c;
    private final Latent detection;
    /** Per unit (index): visits planned this week, and the size of the unit's target population. */
    private final double[] visits;
    private final double[] population;
    /** Round-robin position of the staff member who makes the next visit, per unit. */
    private final int[] next;
    private long week = -1;

    /** What case-finding needs of detection: the needs waiting to be noticed, and where to report a find. */
    interface Latent {
        /** Episodes waiting to be noticed now, in the order they became latent. */
        List<Episode> pending();

        /** The stamp of the episode's current detection race. */
        int stamp(Episode ep);

        /** A visit of {@code unit} noticed the need of the episode while its race had {@code stamp}. */
        void found(Episode ep, int stamp, ServiceUnit unit);
    }

    CaseFinding(World m, Latent detection) {
        this.m = m;
        this.c = m.scenario.detection;
        this.detection = detection;
        this.visits = new double[m.units.size()];
        this.population = new double[m.units.size()];
        this.next = new int[m.units.size()];
    }

    /** Schedules the weekly round from day 0 (every Monday, before the day's work). */
    void start() {
        m.at(0, Ordering.MEETING, this::round);
    }

    /** The unit that would visit {@code u}: the outreach unit of the user's area, if it runs case-finding now. */
    ServiceUnit unitFor(User u) {
        ServiceUnit o = m.unitFor(Role.OUTREACH, u);
        return o != null && runs(o) ? o : null;
    }

    /** Whether unit {@code u} runs the case-finding activity under the rules in force (and the ablation switch). */
    boolean runs(ServiceUnit u) {
        return runs(m, u);
    }

    /**
     * Whether unit {@code u} runs the case-finding activity in world {@code m} (also read by the everyday-rehabilitation
     * offer: a unit that runs it screens the requests for help at home it takes in, ODD §7.3 "intake screening").
     */
    static boolean runs(World m, ServiceUnit u) {
        if (!m.scenario.detection.outreach) return false;
        double share = m.gov().get(Governance.Rule.CASE_FINDING);
        // the rule's own fixed order of the units: which units run it is fixed, not drawn (structural)
        return GoldenOrder.within(GoldenOrder.position(u.index, Governance.Rule.CASE_FINDING), share);
    }

    /** Hours one visit takes: the visit and the travel to the user's home (ODD §7.10). */
    double hoursPerVisit() {
        return c.outreachVisitHours + c.outreachTravelHours;
    }

    /** The weekly round: each unit that runs the activity plans its visits and books their hours; pending needs are visited. */
    private void round() {
        double now = m.now();
        week = (long) Math.floor(now / 7.0 + 1e-9);
        java.util.Arrays.fill(visits, 0);
        boolean any = false;
        for (ServiceUnit u : m.units) {
            if (!isOutreachUnit(u) || !runs(u) || u.staff.isEmpty()) continue;
            // Only hours the unit's committed work leaves this week: case-finding gives way to the cases in service,
            // and it is not done at all while cases wait for the unit (the preventive round is the first work a pressed
            // home-care service drops, 003A §3.9; looking for more work while a waiting list exists would lengthen it).
            if (u.queued > 0) continue;
            double hours = Math.min(c.outreachHoursPerWeek, Math.max(0, u.time.free()));
            int n = (int) Math.floor(hours / hoursPerVisit() + 1e-9);
            if (n <= 0) continue;
            visits[u.index] = n;
            book(u, n);
            any = true;
        }
        if (any) countTargetPopulations();
        if (any) {
            for (Episode ep : detection.pending()) consider(ep, now, 7.0);
        }
        m.at(now + 7, Ordering.MEETING, this::round);
    }

    private boolean isOutreachUnit(ServiceUnit u) {
        return u.kind == outreachKind();
    }

    /** The kind that plays the outreach role: the first of the role's kinds the municipality has (ODD §3.7), or null. */
    private no.samspill.core.units.UnitKind outreachKind() {
        for (int i = 0; i < Role.OUTREACH.size(); i++) {
            if (!m.units(Role.OUTREACH.kind(i)).isEmpty()) return Role.OUTREACH.kind(i);
        }
        return null;
    }

    /** Books the week's visits: assessment at the user's home and travel, spread round the unit's staff. */
    private void book(ServiceUnit u, int n) {
        List<Professional> staff = u.staff;
        for (int i = 0; i < n; i++) {
            Professional p = staff.get(next[u.index]++ % staff.size());
            m.book(p, Activity.ASSESSMENT, c.outreachVisitHours);
            m.book(p, Activity.TRAVEL, c.outreachTravelHours);
        }
    }

    /**
     * A need became latent (again) mid-week: it may still be visited in what is left of the week, with the week's
     * visit rate for that part.
     */
    void entered(Episode ep) {
        if (week < 0) return;
        double now = m.now();
        double left = (week + 1) * 7.0 - now;
        if (left > 1e-9) consider(ep, now, left);
    }

    /**
     * Whether a visit comes to the user of a pending episode within the next {@code span} days: each person of the
     * target population has the same chance, visits ÷ population per week. A visit notices the need with
     * {@code outreachNoticeProbability}; the referral rule of ODD §7.2 then applies.
     */
    private void consider(Episode ep, double now, double span) {
        User user = ep.user;
        ServiceUnit u = unitFor(user);
        if (u == null || visits[u.index] <= 0 || !inTarget(user, ep, now)) return;
        double p = Math.min(1, visits[u.index] / Math.max(1, population[u.index])) * span / 7.0;
        int stamp = detection.stamp(ep);
        long key = Streams.mix(m.streams.seed, SALT);
        long k = week * 1_024 + Math.min(stamp, 1_023);  // counter layout of the draws: week and race stamp (structural)
        if (Streams.uniform(key, ep.id, 3 * k) >= p) return;
        double day = now + span * Streams.uniform(key, ep.id, 3 * k + 1);
        boolean notices = Streams.uniform(key, ep.id, 3 * k + 2) < c.outreachNoticeProbability;
        m.at(day, Ordering.FOLLOW_UP, () -> {
            // The visit goes to people of the target population as they are on its day.
            if (notices && inTarget(user, ep, m.now())) detection.found(ep, stamp, u);
        });
    }

    /** Whether the user belongs to the activity's target population now. */
    boolean inTarget(User user, Episode ep, double now) {
        return c.outreachTarget == OutreachTarget.AGE_GROUP ? user.age(now) >= c.targetAge
                : ep.returning || user.activeServices > 0;
    }

    /**
     * People each visiting unit's visits must cover: the living known users of its area (one pass over the users for
     * all units), or its inhabitants of the target age.
     */
    private void countTargetPopulations() {
        java.util.Arrays.fill(population, 0);
        if (c.outreachTarget == OutreachTarget.AGE_GROUP) {
            int zones = m.zones().zones();
            for (int z = 0; z < zones; z++) {
                ServiceUnit u = m.zones().unitFor(outreachKind(), z);
                if (u != null) population[u.index] += m.inhabitants * shareAged(c.targetAge) / zones;
            }
            return;
        }
        for (User x : m.users) {
            if (!x.alive) continue;
            ServiceUnit u = m.unitFor(Role.OUTREACH, x);
            if (u != null) population[u.index]++;
        }
    }

    /** Share of inhabitants aged at least {@code age} (ODD §7.1, {@link AgeStructure#shareAged}). */
    double shareAged(double age) {
        return AgeStructure.shareAged(m.scenario.population, age);
    }
}
