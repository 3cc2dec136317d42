package no.samspill.core.process;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.config.CoordinationConfig.CoordinatorPlacement;
import no.samspill.core.config.CoordinatorSchemeConfig;
import no.samspill.core.units.Profession;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.World;

/**
 * Who holds a coordinator role and which coordinator a user gets (ODD §5.5, §7.4; setting
 * {@code coordination.coordinator_placement}). The role is worked "on top of the main job" (003B §3.5), so its weekly
 * hours come out of the holder's unit (ODD §7.10): where roles sit decides whose waits they lengthen.
 * <ul>
 * <li>SERVICES: a scheme's roles are spread over every unit of its {@link CoordinatorScheme#serviceHolders}, taking
 * the kinds in turn (the first unit of each kind, then the second, ...), and within a unit its nurses first (the
 * home-care nurse, the psychiatric nurse), then its other staff, one role each in turn. A user is given the
 * least-loaded free coordinator of a unit that will serve them in this episode (the provider of one of its needs for
 * the user's zone), else of a unit that has served them (a primary contact there) or already worked the episode,
 * else any free one.</li>
 * <li>FIRST_HOLDER_KIND (ablation): all roles in the first kind of {@link CoordinatorScheme#holders} with staff, role
 * <i>i</i> to member <i>i</i> mod staff; a user gets the least-loaded free coordinator.</li>
 * </ul>
 * No random draws: placement and choice are deterministic, so variants keep common random numbers.
 */
public final class CoordinatorRoles {
    private CoordinatorRoles() { }

    /** Creates the coordinators of every configured scheme (at build, ODD §5.5). */
    public static void build(World m) {
        boolean spread = spread(m);
        for (CoordinatorSchemeConfig sc : m.scenario.coordination.schemes) {
            List<Professional> pool = spread ? servicePool(m, sc.scheme) : firstKindPool(m, sc.scheme);
            if (pool.isEmpty()) pool = firstKindPool(m, sc.scheme);
            if (pool.isEmpty()) pool = new ArrayList<>(m.professionals);
            List<Coordinator> list = m.coordinators.computeIfAbsent(sc.scheme, k -> new ArrayList<>());
            for (int i = 0; i < sc.coordinators && !pool.isEmpty(); i++) {
                list.add(new Coordinator(pool.get(i % pool.size()), sc.scheme, sc.caseloadLimit, sc.hoursPerUserWeek));
            }
        }
    }

    private static boolean spread(World m) {
        return m.scenario.coordination.coordinatorPlacement == CoordinatorPlacement.SERVICES;
    }

    /** Today's central pool: the staff of the first holder kind that has staff. */
    static List<Professional> firstKindPool(World m, CoordinatorScheme s) {
        List<Professional> pool = new ArrayList<>();
        for (UnitKind k : s.holders) {
            for (ServiceUnit u : m.units(k)) pool.addAll(u.staff);
            if (!pool.isEmpty()) break;
        }
        return pool;
    }

    /**
     * The spread pool: positions in the order roles are handed out. Round r takes the r-th member (nurses first) of
     * each unit, the units ordered by turns over the kinds (first unit of each kind, then the second, ...).
     */
    static List<Professional> servicePool(World m, CoordinatorScheme s) {
        List<ServiceUnit> units = new ArrayList<>();
        for (int j = 0; ; j++) {
            boolean any = false;
            for (UnitKind k : s.serviceHolders) {
                List<ServiceUnit> of = m.units(k);
                if (j < of.size()) {
                    any = true;
                    if (!of.get(j).staff.isEmpty()) units.add(of.get(j));
                }
            }
            if (!any) break;
        }
        List<List<Professional>> members = new ArrayList<>();
        int most = 0;
        for (ServiceUnit u : units) {
            List<Professional> l = new ArrayList<>();
            for (Professional p : u.staff) if (p.profession == Profession.NURSE) l.add(p);
            for (Professional p : u.staff) if (p.profession != Profession.NURSE) l.add(p);
            members.add(l);
            most = Math.max(most, l.size());
        }
        List<Professional> pool = new ArrayList<>();
        for (int r = 0; r < most; r++) for (List<Professional> l : members) if (r < l.size()) pool.add(l.get(r));
        return pool;
    }

    /**
     * The coordinator a scheme gives the episode now, or null if all are at their caseload limit (the episode then
     * waits in the scheme's queue, ODD §7.4).
     */
    static Coordinator choose(World m, Episode ep, List<Coordinator> list) {
        if (!spread(m)) return leastLoaded(m, ep, list, 0);
        Coordinator c = leastLoaded(m, ep, list, 2);
        if (c == null) c = leastLoaded(m, ep, list, 1);
        return c != null ? c : leastLoaded(m, ep, list, 0);
    }

    /** Least-loaded free coordinator whose unit knows the user at least at {@code tier} (first in list order on ties). */
    private static Coordinator leastLoaded(World m, Episode ep, List<Coordinator> list, int tier) {
        Coordinator best = null;
        for (Coordinator c : list) {
            if (c.caseload >= c.caseloadLimit || (best != null && c.caseload >= best.caseload)) continue;
            if (tier > 0 && knows(m, ep, c.holder.unit) < tier) continue;
            best = c;
        }
        return best;
    }

    /**
     * How well unit {@code u} knows the user: 2 = it provides one of the episode's needs for the user's zone; 1 = it
     * has served the user before (a primary contact there) or has already worked this episode; 0 = neither.
     */
    static int knows(World m, Episode ep, ServiceUnit u) {
        for (Need n : ep.needs) if (m.unitFor(n.service.provider, ep.user) == u) return 2;
        if (ep.user.primaryIn(u.index) != null) return 1;
        for (int i : ep.unitIndices()) if (i == u.index) return 1;
        return 0;
    }
}
