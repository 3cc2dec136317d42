package no.samspill.core;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.units.Profession;
import no.samspill.core.units.Professional;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.config.CoordinatorSchemeConfig;
import no.samspill.core.config.LinkConfig;
import no.samspill.core.config.OrganisationConfig.Structure;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.TeamConfig;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.process.Demand;
import no.samspill.core.units.Channel;
import no.samspill.core.units.CoordinationMode;
import no.samspill.core.units.KindDefaults;
import no.samspill.core.units.Link;
import no.samspill.core.units.Owner;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.Team;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.World;

/**
 * Builds the world of a run from its scenario: units (or a standard municipality sized to the population), staff,
 * teams, links with channels and trust, coordinators, and initial knowledge (ODD §5 Initialisation).
 */
public final class MunicipalityBuilder {
    private MunicipalityBuilder() { }

    /** Target utilisation when the standard municipality sizes capacity to expected demand (planner's rule of thumb). */
    public static final double TARGET_UTILISATION = 0.75;
    /**
     * Reporting burden the standard staffing is sized for: the heaviest of the presets (NPM's), so that every preset
     * meets the same staff with stationary queues and comparisons are made at equal capacity. Sized for PA's burden,
     * NPM's extra reporting left home care at utilisation ≈ 1 and its queue grew with the run length.
     */
    public static final double SIZING_REPORTING = 0.16;

    public static void build(World m) {
        Scenario sc = m.scenario;
        m.inhabitants = sc.population.inhabitants;
        List<UnitConfig> configs = sc.units.isEmpty() ? standardUnits(sc) : sc.units;
        int idx = 0;
        for (UnitConfig c : configs) {
            KindDefaults d = KindDefaults.of(c.kind);
            ServiceUnit u = new ServiceUnit(idx++, c.id, c.kind, c.owner != null ? c.owner : d.owner(), c.zone, c.colocationGroup);
            u.meanServiceDays = c.meanServiceDays > 0 ? c.meanServiceDays
                    : c.kind == UnitKind.HOSPITAL_WARD ? sc.health.meanLengthOfStayDays : d.meanServiceDays();
            u.hoursPerCaseWeek = c.hoursPerCaseWeek > 0 ? c.hoursPerCaseWeek : d.hoursPerCaseWeek();
            u.weekendIntake = c.weekendIntake != null ? c.weekendIntake : d.weekendIntake();
            u.distribution = c.serviceDistribution;
            u.maturity = c.maturity;
            u.anchoring = c.anchoring;
            m.units.add(u);
            m.byKind.computeIfAbsent(u.kind, k -> new ArrayList<>()).add(u);
        }
        for (int i = 0; i < configs.size(); i++) {
            UnitConfig c = configs.get(i);
            ServiceUnit u = m.units.get(i);
            addStaff(m, u, c.staff);
            u.fixedServers = c.servers > 0;
            u.baseServers = c.servers > 0 ? c.servers : KindDefaults.slotsFor(u.totalFte(), u.hoursPerCaseWeek);
            u.servers = u.baseServers;
        }
        int n = m.units.size();
        for (ServiceUnit u : m.units) {
            u.colocated = new boolean[n];
            for (ServiceUnit v : m.units) {
                u.colocated[v.index] = u == v || (!u.colocationGroup.isEmpty() && u.colocationGroup.equals(v.colocationGroup));
            }
        }
        buildTeams(m);
        buildLinks(m);
        initialiseKnowledge(m);
        buildCoordinators(m);
    }

    private static void addStaff(World m, ServiceUnit u, Map<Profession, Double> staff) {
        int nUnits = m.units.size();
        for (Map.Entry<Profession, Double> e : staff.entrySet()) {
            double fte = e.getValue() == null ? 0 : e.getValue();
            if (fte <= 0) continue;
            int persons = (int) Math.ceil(fte / 0.8);
            for (int i = 0; i < persons; i++) {
                Professional p = new Professional(m.professionals.size(), e.getKey(), u, fte / persons, nUnits);
                m.professionals.add(p);
                u.staff.add(p);
            }
        }
    }

    private static void buildTeams(World m) {
        for (TeamConfig tc : m.scenario.teams) {
            ServiceUnit u = find(m, tc.unit);
            double share = tc.timeShare != null ? tc.timeShare : Team.defaultTimeShare(tc.type);
            boolean coloc = tc.coLocated != null ? tc.coLocated : tc.type == no.samspill.core.units.TeamType.MULTIDISCIPLINARY_FULL_TIME;
            double interval = tc.meetingIntervalDays != null ? tc.meetingIntervalDays : Team.defaultMeetingInterval(tc.type);
            Team t = new Team(tc.id, u, tc.type, share, coloc, interval,
                    tc.protocol != null ? tc.protocol : Team.defaultProtocol(tc.type), tc.clearTargetGroup);
            for (Map.Entry<Profession, Integer> e : tc.members.entrySet()) {
                for (int i = 0; i < e.getValue(); i++) {
                    Professional p = new Professional(m.professionals.size(), e.getKey(), u, share, m.units.size());
                    m.professionals.add(p);
                    u.staff.add(p);
                    t.members.add(p);
                }
            }
            u.team = t;
            if (!u.fixedServers) {
                u.baseServers = KindDefaults.slotsFor(u.totalFte(), u.hoursPerCaseWeek);
                u.servers = u.baseServers;
            }
        }
    }

    static ServiceUnit find(World m, String id) {
        for (ServiceUnit u : m.units) if (u.id.equals(id)) return u;
        throw new IllegalArgumentException("no unit with id '" + id + "'");
    }

    /** Initial trust between units by ownership and municipal structure (004 digest C3.2; assumption, ODD §5). */
    static double initialTrust(Structure s, ServiceUnit a, ServiceUnit b) {
        if (a == b) return 0.8;
        if (a.owner != b.owner) return 0.3;
        return switch (s) {
            case SECTOR_ETAT -> sameSector(a.kind, b.kind) ? 0.5 : 0.35;
            case TWO_LEVEL -> 0.4;
            case FLAT_WITH_SECTOR_LAYER -> sameSector(a.kind, b.kind) ? 0.5 : 0.4;
            case FLAT_WITHOUT_SECTOR_LAYER -> 0.45;
            case OTHER -> 0.4;
        };
    }

    /** Health-and-care sector vs welfare sector, for structures with a sector layer. */
    static boolean sameSector(UnitKind a, UnitKind b) {
        return careSector(a) == careSector(b);
    }

    private static boolean careSector(UnitKind k) { return k.careSector; }

    private static void buildLinks(World m) {
        int n = m.units.size();
        m.links = new Link[n][n];
        Structure structure = m.scenario.organisation.structure;
        boolean shared = m.scenario.coordination.sharedRecord;
        for (ServiceUnit a : m.units) {
            for (ServiceUnit b : m.units) {
                Channel ch = m.scenario.coordination.defaultChannel;
                if (shared && a.owner == Owner.MUNICIPALITY && b.owner == Owner.MUNICIPALITY) ch = Channel.SHARED_RECORD;
                if (a == b || a.isColocatedWith(b.index)) ch = Channel.FACE_TO_FACE;
                m.links[a.index][b.index] = new Link(a, b, ch, CoordinationMode.LOOSE_COLLABORATION, false,
                        initialTrust(structure, a, b));
            }
        }
        for (LinkConfig lc : m.scenario.links) {
            ServiceUnit a = find(m, lc.from);
            ServiceUnit b = find(m, lc.to);
            Link l = m.links[a.index][b.index];
            l.channel = lc.channel;
            l.mode = lc.mode;
            l.agreement = lc.agreement;
            l.trust = lc.trust;
            if (lc.keyPerson && !a.staff.isEmpty()) l.keyPerson = a.staff.get(0).id;
        }
    }

    private static void initialiseKnowledge(World m) {
        MersenneTwisterFast r = m.rng(no.samspill.core.random.Streams.Stream.ORGANISATION);
        for (Professional p : m.professionals) {
            for (ServiceUnit u : m.units) {
                double k;
                if (u == p.unit) k = 0.8;
                else if (p.unit.isColocatedWith(u.index)) k = 0.6;
                else if (u.owner == p.unit.owner) k = 0.25 + 0.1 * r.nextDouble();
                else k = 0.1 + 0.1 * r.nextDouble();
                k = Math.min(1, k + 0.05 * (p.unit.maturity - 1));
                p.setKnowledge(u.index, k, 0);
                p.trust[u.index] = m.links[p.unit.index][u.index].trust;
            }
        }
    }

    private static void buildCoordinators(World m) {
        for (CoordinatorSchemeConfig sc : m.scenario.coordination.schemes) {
            List<Professional> pool = new ArrayList<>();
            for (UnitKind k : sc.scheme.holders) {
                for (ServiceUnit u : m.units(k)) pool.addAll(u.staff);
                if (!pool.isEmpty()) break;
            }
            if (pool.isEmpty()) pool.addAll(m.professionals);
            List<Coordinator> list = m.coordinators.computeIfAbsent(sc.scheme, k -> new ArrayList<>());
            for (int i = 0; i < sc.coordinators && !pool.isEmpty(); i++) {
                list.add(new Coordinator(pool.get(i % pool.size()), sc.scheme, sc.caseloadLimit, sc.hoursPerUserWeek));
            }
        }
    }

    // ------------------------------------------------------------------ standard municipality

    /**
     * A standard municipality sized to the population: one hospital ward, a purchaser office, home-care zones
     * (one per 15,000 inhabitants), a short-term ward, an everyday-rehabilitation team, GP practices (one per 8,000),
     * a NAV office, a mental-health/substance service, a day centre and a coordinating unit. Capacity is sized so that
     * the expected demand, computed from the demand settings with a fixed-seed sample of pathways, loads each unit to
     * {@link #TARGET_UTILISATION} under the PA reporting burden. Sizing never uses the run's seed.
     */
    public static List<UnitConfig> standardUnits(Scenario sc) {
        Map<ServiceType, Double> perDay = expectedArrivalsPerDay(sc);
        int inh = sc.population.inhabitants;
        List<UnitConfig> out = new ArrayList<>();
        double lambdaHd = Demand.ratePerDay(sc, EpisodeType.HOSPITAL_DISCHARGE);
        out.add(unit("hospital", UnitKind.HOSPITAL_WARD, 0,
                servers(lambdaHd, sc.health.meanLengthOfStayDays + 5, 0.85), null));
        // The office assesses every need that requires an administrative decision, once per referral; re-referrals
        // (relay stages, rejections) add to it, so it is sized with head-room.
        double lambdaAssess = 0;
        for (ServiceType s : ServiceType.values()) if (s.needsAllocationDecision) lambdaAssess += perDay.get(s);
        out.add(unit("purchaser-office", UnitKind.PURCHASER_OFFICE, 0,
                servers(lambdaAssess, KindDefaults.of(UnitKind.PURCHASER_OFFICE).meanServiceDays(), 0.6), null));
        int zones = Math.max(1, (int) Math.round(inh / 15000.0));
        for (int z = 0; z < zones; z++) {
            out.add(unit("home-care-" + (z + 1), UnitKind.HOME_CARE_ZONE, z,
                    servers(perDay.get(ServiceType.HOME_CARE) / zones, KindDefaults.of(UnitKind.HOME_CARE_ZONE).meanServiceDays(), TARGET_UTILISATION), null));
        }
        out.add(unit("short-term-ward", UnitKind.SHORT_TERM_WARD, 0,
                servers(perDay.get(ServiceType.SHORT_TERM_STAY), KindDefaults.of(UnitKind.SHORT_TERM_WARD).meanServiceDays(), TARGET_UTILISATION), null));
        out.add(unit("everyday-rehab", UnitKind.EVERYDAY_REHAB_TEAM, 0,
                servers(perDay.get(ServiceType.EVERYDAY_REHAB), KindDefaults.of(UnitKind.EVERYDAY_REHAB_TEAM).meanServiceDays(), TARGET_UTILISATION), null));
        int gps = Math.max(1, (int) Math.round(inh / 8000.0));
        for (int g = 0; g < gps; g++) {
            out.add(unit("gp-" + (g + 1), UnitKind.GP_PRACTICE, g,
                    servers(perDay.get(ServiceType.GP_FOLLOW_UP) / gps, KindDefaults.of(UnitKind.GP_PRACTICE).meanServiceDays(), TARGET_UTILISATION), null));
        }
        out.add(unit("nav", UnitKind.NAV_OFFICE, 0,
                servers(perDay.get(ServiceType.WORK_AND_WELFARE), KindDefaults.of(UnitKind.NAV_OFFICE).meanServiceDays(), TARGET_UTILISATION), null));
        out.add(unit("mental-health", UnitKind.MENTAL_HEALTH_SUBSTANCE, 0,
                servers(perDay.get(ServiceType.MENTAL_HEALTH_SUBSTANCE), KindDefaults.of(UnitKind.MENTAL_HEALTH_SUBSTANCE).meanServiceDays(), TARGET_UTILISATION), null));
        out.add(unit("day-centre", UnitKind.DAY_CENTRE, 0,
                servers(perDay.get(ServiceType.DAY_ACTIVITY), KindDefaults.of(UnitKind.DAY_CENTRE).meanServiceDays(), TARGET_UTILISATION), null));
        out.add(unit("coordinating-unit", UnitKind.COORDINATING_UNIT, 0, Math.max(2, inh / 10000), null));
        return out;
    }

    private static int servers(double lambdaPerDay, double meanDays, double utilisation) {
        return Math.max(1, (int) Math.ceil(lambdaPerDay * meanDays / utilisation));
    }

    /** A unit config whose staff FTE give {@code slots} case slots under the sizing reporting burden. */
    private static UnitConfig unit(String id, UnitKind kind, int zone, int slots, String coloc) {
        KindDefaults d = KindDefaults.of(kind);
        UnitConfig c = new UnitConfig();
        c.id = id;
        c.kind = kind;
        c.zone = zone;
        c.colocationGroup = coloc == null ? "" : coloc;
        double fte = slots * d.hoursPerCaseWeek() / (KindDefaults.HOURS_PER_FTE_WEEK * KindDefaults.DIRECT_SHARE) / (1 - SIZING_REPORTING);
        fte = Math.max(fte, 1.0);
        Map<Profession, Double> staff = new EnumMap<>(Profession.class);
        for (Map.Entry<Profession, Double> e : d.staffMix().entrySet()) {
            staff.put(e.getKey(), Math.round(fte * e.getValue() * 10) / 10.0 + 0.1);
        }
        c.staff = staff;
        if (kind == UnitKind.HOSPITAL_WARD) c.servers = slots;
        return c;
    }

    /** Expected arrivals per day to each service, from a fixed-seed sample of planned pathways. */
    static Map<ServiceType, Double> expectedArrivalsPerDay(Scenario sc) {
        MersenneTwisterFast r = new MersenneTwisterFast(20101);
        Map<ServiceType, Double> out = new EnumMap<>(ServiceType.class);
        for (ServiceType s : ServiceType.values()) out.put(s, 0.0);
        int samples = 4000;
        for (EpisodeType t : EpisodeType.values()) {
            double lambda = Demand.ratePerDay(sc, t);
            if (lambda <= 0) continue;
            for (int i = 0; i < samples; i++) {
                Complexity c = Demand.drawComplexity(sc.demand, t, r);
                boolean rehab = r.nextDouble() < sc.demand.rehabPotentialShare;
                for (PlannedNeed pn : Demand.plannedNeeds(t, c, rehab, r)) {
                    out.merge(pn.service(), lambda / samples, Double::sum);
                }
            }
        }
        return out;
    }
}
