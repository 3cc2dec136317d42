package no.samspill.core.process;

import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.User;
import no.samspill.core.config.StaffingConfig;
import no.samspill.core.governance.Governance;
import no.samspill.core.governance.VisitAssignment;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Roster;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.World;

/**
 * Rostering and assignment of visits (ODD §7.5): who makes each contact of a service. Each user has a primary contact
 * (primærkontakt) in each unit that serves them; a unit's staff are split into roster groups that share a day's routes
 * (a team is one group); each day a visit goes to someone at work ({@link Roster}) by the rule the governance sets for
 * the unit ({@link VisitAssignment}): continuity first (the primary contact if at work, else the user's secondary
 * contacts, else anyone at work in the group) or route efficiency (whoever the route gives it, anyone at work in the
 * group). Continuity indices (ODD §4.11.1) follow from part-time posts, weekend rotation, holidays, sickness absence,
 * turnover, the group's size and the rule; no share of contacts is set anywhere.
 *
 * <p>The choices among colleagues are counter-based draws ({@link Streams#uniform}) on the user, day and visit, so they
 * use no stream and are the same in every variant run with the seed.
 */
final class Assignment {
    private final World m;
    private final StaffingConfig c;
    private final Roster roster;
    private final long key;
    /** Each professional's roster group (by professional id): the colleagues who share the routes. */
    private final Professional[][] groupOf;

    /** Salts of the counter-based draws. */
    private static final long ROSTER = 0x524F53544552L, VISITS = 0x564953495453L;

    Assignment(World m) {
        this.m = m;
        this.c = m.scenario.staffing;
        this.key = Streams.mix(m.streams.seed, VISITS);
        this.roster = new Roster(Streams.mix(m.streams.seed, ROSTER), c.rosters, c.weekendRotation, c.holidayWeeksPerYear,
                c.sicknessAbsence, c.sicknessSpellDays);
        this.groupOf = new Professional[m.professionals.size()][];
        for (ServiceUnit u : m.units) {
            int n = u.staff.size();
            if (n == 0) continue;
            if (u.team != null && !u.team.members.isEmpty()) {
                // The team is one group: its members make the visits of the unit's cases, as they share them.
                Professional[] g = u.team.members.toArray(new Professional[0]);
                for (Professional p : u.staff) groupOf[p.id] = g;
                continue;
            }
            int size = c.rosterGroupSize <= 0 ? n : c.rosterGroupSize;
            int groups = Math.max(1, (n + size - 1) / size);
            // Staff are interleaved into groups (staff lists are ordered by profession): each group has the mix.
            for (int k = 0; k < groups; k++) {
                Professional[] g = new Professional[(n - k + groups - 1) / groups];
                for (int i = k, j = 0; i < n; i += groups, j++) g[j] = u.staff.get(i);
                for (Professional p : g) groupOf[p.id] = g;
            }
        }
    }

    /** The roster in force (tests, inspectors). */
    Roster roster() { return roster; }

    /**
     * The user's primary contact in the unit: the one named when the unit first served the user (still in post, or
     * whoever replaced them, ODD §7.9); a user new to the unit gets the next professional in turn (round robin, which
     * spreads caseloads evenly in O(1)).
     */
    Professional primary(User user, ServiceUnit u) {
        if (u.staff.isEmpty()) return null;
        Professional p = user.primaryIn(u.index);
        if (p == null) {
            p = nextInTurn(u);
            user.setPrimary(u.index, p);
        }
        return p;
    }

    /** The next professional of the unit in turn. */
    static Professional nextInTurn(ServiceUnit u) {
        if (u.staff.isEmpty()) return null;
        Professional p = u.staff.get(u.nextPrimary % u.staff.size());
        u.nextPrimary = (u.nextPrimary + 1) % u.staff.size();
        return p;
    }

    /** The assignment rule unit {@code u} follows: a share of the units follows each rule in a mix, fixed by the unit's index. */
    VisitAssignment rule(ServiceUnit u) {
        return m.gov().draw(Governance.Choice.VISIT_ASSIGNMENT, VisitAssignment.class, GoldenOrder.position(u.index, 0));
    }

    /**
     * Assigns the {@code contacts} visits of a finished service, dated {@code start + i / perDay}, and records them with
     * the persons who made them: whoever held a post on a visit's date (a replacement is someone new, ODD §7.9).
     */
    void visits(Episode ep, Need n, ServiceUnit u, int contacts, double perDay) {
        Professional primary = n.primary;
        Professional[] group = primary != null ? groupOf[primary.id] : u.staff.isEmpty() ? null : groupOf[u.staff.get(0).id];
        if (group == null || group.length == 0) {
            if (primary != null) m.contacts(ep, primary, contacts);
            return;
        }
        boolean everyDay = Roster.everyDay(u.kind);
        boolean continuity = rule(u) == VisitAssignment.CONTINUITY_FIRST;
        int primaryIndex = -1;
        for (int j = 0; j < group.length; j++) if (group[j] == primary) { primaryIndex = j; break; }
        // Visits per member of the group (index j) made by the person now in the post (0) or by the one before (1);
        // the primary contact, who may not be a member (teams), at index group.length.
        int[] counts = new int[2 * (group.length + 1)];
        long user = ep.user.id;
        double step = 1.0 / Math.max(perDay, 1e-9);
        for (int i = 0; i < contacts; i++) {
            double t = n.started + i * step;
            int day = Roster.visitDay(u.kind, t);
            int who = -1;
            if (continuity) {
                if (primary != null && roster.atWork(primary, primary.personAt(t), day, everyDay)) {
                    counts[2 * group.length + (primary.personAt(t) == primary.person ? 0 : 1)]++;
                    continue;
                }
                who = secondary(group, primaryIndex, user, t, day, everyDay);
            }
            if (who < 0) who = route(group, user, t, day, i, everyDay);
            Professional p = group[who];
            int slot = who == primaryIndex ? group.length : who;
            counts[2 * slot + (p.personAt(t) == p.person ? 0 : 1)]++;
        }
        for (int j = 0; j <= group.length; j++) {
            Professional p = j < group.length ? group[j] : primary;
            if (p == null || (j == primaryIndex && primaryIndex >= 0)) continue;
            int now = counts[2 * j], before = counts[2 * j + 1];
            if (now > 0) m.contacts(ep, p, now);
            if (before > 0) m.contacts(ep, p.previousPerson, before);
            if (now + before > 0 && p != primary) ep.touchProfessional(p.id);
        }
    }

    /**
     * The first of the user's secondary contacts at work: the {@code knownGroupSize − 1} colleagues of the group who
     * stand in for the primary contact, always the same ones for this user, in the same order; −1 if none is at work.
     */
    private int secondary(Professional[] group, int primaryIndex, long user, double t, int day, boolean everyDay) {
        int wanted = c.knownGroupSize - 1;
        if (wanted <= 0) return -1;
        int start = (int) (Streams.uniform(key, user, 0) * group.length);
        for (int k = 0, found = 0; k < group.length && found < wanted; k++) {
            int j = (start + k) % group.length;
            if (j == primaryIndex) continue;
            found++;
            if (roster.atWork(group[j], group[j].personAt(t), day, everyDay)) return j;
        }
        return -1;
    }

    /** Tries at drawing someone at work before the visit falls to whoever was drawn last (an extra shift). */
    private static final int ROUTE_TRIES = 16;

    /** Whoever the day's route gives the visit: anyone of the group at work, whatever their tie to the user. */
    private int route(Professional[] group, long user, double t, int day, int visit, boolean everyDay) {
        long base = Streams.mix(Streams.mix(key, user), day);
        int j = 0;
        for (int k = 0; k < ROUTE_TRIES; k++) {
            j = (int) (Streams.uniform(base, visit, k + 1) * group.length);
            if (roster.atWork(group[j], group[j].personAt(t), day, everyDay)) return j;
        }
        return j;
    }
}
