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
import no.samspill.core.config.LearningConfig;
import no.samspill.core.config.LinkConfig;
import no.samspill.core.config.OrganisationConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.SizingConfig;
import no.samspill.core.config.TeamConfig;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.process.Demand;
import no.samspill.core.units.Channel;
import no.samspill.core.units.CoordinationMode;
import no.samspill.core.units.KindDefaults;
import no.samspill.core.units.KnowledgeRates;
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


    public static void build(World m) {
        Scenario sc = m.scenario;
        m.inhabitants = sc.population.inhabitants;
        List<UnitConfig> configs = sc.units.isEmpty() ? standardUnits(sc) : sc.units;
        int idx = 0;
        for (UnitConfig c : configs) {
            KindDefaults d = KindDefaults.of(c.kind);
            ServiceUnit u = new ServiceUnit(idx++, c.id, c.kind, c.owner != null ? c.owner : d.owner(), c.zone, c.colocationGroup);
            u.time.setAvailableShare(sc.staffing.availableShare);
            u.time.setOvertimePremium(sc.pressure.overtimePremium);
            u.meanServiceDays = c.meanServiceDays > 0 ? c.meanServiceDays
                    : c.kind == UnitKind.HOSPITAL_WARD ? sc.health.meanLengthOfStayDays : d.meanServiceDays();
            u.hoursPerCaseWeek = c.hoursPerCaseWeek > 0 ? c.hoursPerCaseWeek : d.hoursPerCaseWeek();
            u.contactsPerDay = c.contactsPerDay > 0 ? c.contactsPerDay : sc.kinds.contactsPerDay(c.kind);
            u.travelHoursPerVisit = sc.delivery.travelHoursPerVisit;
            u.weekendIntake = c.weekendIntake != null ? c.weekendIntake : d.weekendIntake();
            u.distribution = c.serviceDistribution;
            u.maturity = c.maturity;
            u.anchoring = c.anchoring;
            m.units.add(u);
            m.byKind.computeIfAbsent(u.kind, k -> new ArrayList<>()).add(u);
        }
        m.indexZones();
        for (int i = 0; i < configs.size(); i++) {
            UnitConfig c = configs.get(i);
            ServiceUnit u = m.units.get(i);
            addStaff(m, u, c.staff);
            u.fixedServers = c.servers > 0;
            u.servers = c.servers > 0 ? c.servers : KindDefaults.slotsFor(u.totalFte(), u.hoursPerCaseWeek, sc.staffing.availableShare);
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
            int persons = (int) Math.ceil(fte / m.scenario.staffing.postSize - 1e-9);  // part-time posts (ODD §7.5)
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
            t.decidesAtMeetings = tc.decidesAtMeetings;
            u.team = t;
            if (!u.fixedServers) u.servers = KindDefaults.slotsFor(u.totalFte(), u.hoursPerCaseWeek, m.scenario.staffing.availableShare);
        }
    }

    static ServiceUnit find(World m, String id) {
        for (ServiceUnit u : m.units) if (u.id.equals(id)) return u;
        throw new IllegalArgumentException("no unit with id '" + id + "'");
    }

    /** Initial trust between units by ownership and municipal structure (settings organisation.initial_trust_*, ODD §5.3). */
    static double initialTrust(OrganisationConfig o, ServiceUnit a, ServiceUnit b) {
        if (a == b) return o.initialTrustOwnUnit;
        if (a.owner != b.owner) return o.initialTrustAcrossOwners;
        return switch (o.structure) {
            case SECTOR_ETAT -> sameSector(a.kind, b.kind) ? o.initialTrustSameSector : o.initialTrustAcrossSectorsEtat;
            case TWO_LEVEL -> o.initialTrustTwoLevel;
            case FLAT_WITH_SECTOR_LAYER -> sameSector(a.kind, b.kind) ? o.initialTrustSameSector : o.initialTrustAcrossSectorsFlat;
            case FLAT_WITHOUT_SECTOR_LAYER -> o.initialTrustFlatWithoutSectors;
            case OTHER -> o.initialTrustOtherStructure;
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
        OrganisationConfig organisation = m.scenario.organisation;
        boolean shared = m.scenario.coordination.sharedRecord;
        for (ServiceUnit a : m.units) {
            for (ServiceUnit b : m.units) {
                Channel ch = m.scenario.coordination.defaultChannel;
                if (shared && a.owner == Owner.MUNICIPALITY && b.owner == Owner.MUNICIPALITY) ch = Channel.SHARED_RECORD;
                if (a == b || a.isColocatedWith(b.index)) ch = Channel.FACE_TO_FACE;
                m.links[a.index][b.index] = new Link(a, b, ch, CoordinationMode.LOOSE_COLLABORATION, false,
                        initialTrust(organisation, a, b));
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

    /** Professionals whose state rows share one block of memory. */
    static final int ROWS_PER_BLOCK = 64;

    private static void initialiseKnowledge(World m) {
        MersenneTwisterFast r = m.rng(no.samspill.core.random.Streams.Stream.ORGANISATION);
        // State rows in shared blocks of up to ROWS_PER_BLOCK professionals, allocated after every professional
        // exists, so that professionals lie close together in memory (docs/benchmark.md)
        int row = Professional.STATE_PER_UNIT * m.units.size();
        LearningConfig lc = m.scenario.learning;
        KnowledgeRates rates = KnowledgeRates.of(lc.knowledgeHalfLifeDays,
                lc.knowledgeFloor, lc.colocationLearningDays, lc.colocationKnowledge);
        double[] block = null;
        int used = 0;
        for (int i = 0; i < m.professionals.size(); i++) {
            if (block == null || used == ROWS_PER_BLOCK) {
                block = new double[Math.max(1, Math.min(ROWS_PER_BLOCK, m.professionals.size() - i) * row)];
                used = 0;
            }
            m.professionals.get(i).attachState(block, used++ * row, rates);
        }
        for (Professional p : m.professionals) {
            for (ServiceUnit u : m.units) {
                double k;
                if (u == p.unit) k = lc.initialKnowledgeOwnUnit;
                else if (p.unit.isColocatedWith(u.index)) k = lc.initialKnowledgeColocated;
                else if (u.owner == p.unit.owner) k = lc.initialKnowledgeSameOwner + lc.initialKnowledgeSpread * r.nextDouble();
                else k = lc.initialKnowledgeOtherOwner + lc.initialKnowledgeSpread * r.nextDouble();
                k = Math.min(1, k + lc.initialKnowledgePerMaturityStep * (p.unit.maturity - 1));
                p.setKnowledge(u.index, k, 0);
                p.setTrust(u.index, m.links[p.unit.index][u.index].trust);
            }
        }
    }

    private static void buildCoordinators(World m) {
        no.samspill.core.process.CoordinatorRoles.build(m);
    }

    // ------------------------------------------------------------------ standard municipality

    /**
     * A standard municipality sized to the population (ODD §5.1): for each unit kind, as many units as its size cap
     * ({@link #cap}) requires, never fewer than one: hospital wards, purchaser offices, home-care zones,
     * short-term wards, everyday-rehabilitation teams, GP practices, NAV offices, mental-health/substance services, day
     * centres and coordinating units. A larger population gets more units of realistic size, not larger units. Users
     * live in zones 0 … Z−1, Z being the largest unit count of any kind; unit j of a kind has zone j and serves the zones
     * z with z mod count = j ({@link no.samspill.core.units.ZoneIndex}), so each unit's share of the population is its
     * number of zones over Z. Capacity is sized so that each unit's share of the expected demand, computed from the
     * demand settings with a fixed-seed sample of pathways, loads it to {@code sizing.utilisation} (hospital beds
     * and purchaser office: their own settings). Staff are sized for the reporting burden {@code sizing.reporting},
     * the heaviest of the presets (NPM's), so that every preset meets the same staff with stationary queues and
     * comparisons are made at equal capacity (sized for PA's burden, NPM's extra reporting left home care at
     * utilisation ≈ 1 and its queue grew with the run length). Sizing never uses the run's seed.
     */
    public static List<UnitConfig> standardUnits(Scenario sc) {
        Map<ServiceType, Double> perDay = expectedArrivalsPerDay(sc, false);
        double lambdaAssess = officeArrivalsPerDay(perDay);
        if (sc.sizing.offerPilot) {
            // Home care and the team are planned for the load they carry, measured by the sizing pilot (ODD §5.1)
            double[] load = SizingPilot.loadPerInhabitant(sc);
            int inh = sc.population.inhabitants;
            perDay.put(ServiceType.HOME_CARE, SizingPilot.perDay(load[0] * inh, UnitKind.HOME_CARE_ZONE));
            perDay.put(ServiceType.EVERYDAY_REHAB, SizingPilot.perDay(load[1] * inh, UnitKind.EVERYDAY_REHAB_TEAM));
            lambdaAssess = SizingPilot.perDay(load[2] * inh, UnitKind.PURCHASER_OFFICE);
        }
        return standardUnits(sc, perDay, lambdaAssess);
    }

    /**
     * The sizing pilot's municipality (ODD §5.1): home care planned for every request for help at home, the team for
     * every request whose potential at onset meets its criterion, and the office for twice its needs' once-per-referral
     * arrivals, so that none of them saturates in the pilot.
     */
    static List<UnitConfig> pilotUnits(Scenario sc) {
        // 2: the office's head-room in the pilot for re-referrals (structural: the pilot must not saturate it, so that
        // what it handles is its load; checked by StandardMunicipalityTest)
        return standardUnits(sc, expectedArrivalsPerDay(sc, true), 2 * officeArrivalsPerDay(expectedArrivalsPerDay(sc, false)));
    }

    /**
     * The office assesses every need that requires an administrative decision, once per referral; re-referrals (relay
     * stages, rejections) add to it, so it is sized with head-room.
     */
    private static double officeArrivalsPerDay(Map<ServiceType, Double> perDay) {
        double lambdaAssess = 0;
        for (ServiceType st : ServiceType.values()) if (st.needsAllocationDecision) lambdaAssess += perDay.get(st);
        return lambdaAssess;
    }

    private static List<UnitConfig> standardUnits(Scenario sc, Map<ServiceType, Double> perDay, double lambdaAssess) {
        int inh = sc.population.inhabitants;
        double lambdaHd = Demand.ratePerDay(sc, EpisodeType.HOSPITAL_DISCHARGE);
        List<Plan> plans = List.of(
                new Plan(sc, "hospital", UnitKind.HOSPITAL_WARD, false, lambdaHd, sc.health.meanLengthOfStayDays + sc.sizing.hospitalExtraBedDays, sc.sizing.hospitalUtilisation),
                new Plan(sc, "purchaser-office", UnitKind.PURCHASER_OFFICE, false, lambdaAssess, mean(UnitKind.PURCHASER_OFFICE), sc.sizing.officeUtilisation),
                provider(sc, "home-care", UnitKind.HOME_CARE_ZONE, true, perDay.get(ServiceType.HOME_CARE)),
                provider(sc, "short-term-ward", UnitKind.SHORT_TERM_WARD, false, perDay.get(ServiceType.SHORT_TERM_STAY)),
                provider(sc, "everyday-rehab", UnitKind.EVERYDAY_REHAB_TEAM, false, perDay.get(ServiceType.EVERYDAY_REHAB)),
                provider(sc, "gp", UnitKind.GP_PRACTICE, true, perDay.get(ServiceType.GP_FOLLOW_UP)),
                provider(sc, "nav", UnitKind.NAV_OFFICE, false, perDay.get(ServiceType.WORK_AND_WELFARE)),
                provider(sc, "mental-health", UnitKind.MENTAL_HEALTH_SUBSTANCE, false, perDay.get(ServiceType.MENTAL_HEALTH_SUBSTANCE)),
                provider(sc, "day-centre", UnitKind.DAY_CENTRE, false, perDay.get(ServiceType.DAY_ACTIVITY)),
                new Plan(sc, "coordinating-unit", UnitKind.COORDINATING_UNIT, false, 0, 0, 0));
        // Unit counts and the zone count depend on each other (a unit's share is its zones over Z): start from each
        // kind's minimum count and raise counts and Z until every unit is within its cap.
        int[] count = new int[plans.size()];
        int zones = 1;
        // (Terminates: raising a count to above Z raises Z with it, and one zone's share shrinks as Z grows.)
        for (int i = 0; i < plans.size(); i++) {
            count[i] = plans.get(i).minimumCount(inh);
            zones = Math.max(zones, count[i]);
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < plans.size(); i++) {
                while (!plans.get(i).fits(inh, count[i], zones)) {
                    count[i]++;
                    if (count[i] > zones) {
                        zones = count[i];
                        changed = true;
                    }
                }
            }
        }
        List<UnitConfig> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            for (int j = 0; j < count[i]; j++) {
                String id = p.numbered || count[i] > 1 ? p.id + "-" + (j + 1) : p.id;
                out.add(unit(sc, id, p.kind, j, p.slots(inh, share(j, count[i], zones)), null));
            }
        }
        return out;
    }

    /**
     * Case slots (beds) a unit config of scenario {@code sc} gives before reporting burden: fixed servers, else what its
     * staff hours allow (ODD §5.2).
     */
    public static int slotsOf(Scenario sc, UnitConfig c) {
        if (c.servers > 0) return c.servers;
        double fte = 0;
        for (Double f : c.staff.values()) fte += f == null ? 0 : f;
        return KindDefaults.slotsFor(fte, KindDefaults.of(c.kind).hoursPerCaseWeek(), sc.staffing.availableShare);
    }

    /**
     * The size cap of each kind (ODD §5.1, table of caps and sources; settings {@code sizing.*_max_*}): at most so many
     * inhabitants served or so many concurrent case slots or beds (0 = no limit of that sort).
     */
    public static KindDefaults.UnitCap cap(Scenario sc, UnitKind k) {
        SizingConfig z = sc.sizing;
        return switch (k) {
            case HOSPITAL_WARD -> new KindDefaults.UnitCap(0, z.hospitalWardMaxBeds);
            case PURCHASER_OFFICE, NAV_OFFICE, MENTAL_HEALTH_SUBSTANCE, COORDINATING_UNIT -> new KindDefaults.UnitCap(z.districtMaxInhabitants, 0);
            case HOME_CARE_ZONE -> new KindDefaults.UnitCap(z.homeCareZoneMaxInhabitants, 0);
            case SHORT_TERM_WARD -> new KindDefaults.UnitCap(0, z.shortTermWardMaxBeds);
            case EVERYDAY_REHAB_TEAM -> new KindDefaults.UnitCap(0, z.everydayRehabMaxSlots);
            case GP_PRACTICE -> new KindDefaults.UnitCap(z.gpPracticeMaxInhabitants, 0);
            case DAY_CENTRE -> new KindDefaults.UnitCap(0, z.dayCentreMaxSlots);
        };
    }

    /** Share of the population served by unit {@code j} of {@code n} when users live in {@code zones} zones. */
    static double share(int j, int n, int zones) {
        int served = zones / n + (j < zones % n ? 1 : 0);
        return (double) served / zones;
    }

    private static double mean(UnitKind k) {
        return KindDefaults.of(k).meanServiceDays();
    }

    private static Plan provider(Scenario sc, String id, UnitKind kind, boolean numbered, double lambda) {
        return new Plan(sc, id, kind, numbered, lambda, mean(kind), sc.sizing.utilisation);
    }

    /**
     * How one kind of the standard municipality is sized: total arrivals per day, mean occupancy per case and target
     * utilisation; {@code numbered} ids carry a number even when there is one unit ("home-care-1", "gp-1").
     */
    private record Plan(Scenario sc, String id, UnitKind kind, boolean numbered, double lambda, double meanDays, double utilisation) {
        int slots(int inhabitants, double share) {
            // 1e-9: rounding guard of the whole number of slots (structural)
            if (kind == UnitKind.COORDINATING_UNIT) return Math.max(sc.sizing.coordinatingUnitMinSlots,
                    (int) (inhabitants * share / sc.sizing.coordinatingUnitInhabitantsPerSlot + 1e-9));
            return servers(lambda * share, meanDays, utilisation);
        }

        int minimumCount(int inhabitants) {
            KindDefaults.UnitCap cap = cap(sc, kind);
            int n = 1;
            if (cap.maxInhabitants() > 0) n = Math.max(n, (int) Math.ceil(inhabitants / (double) cap.maxInhabitants()));
            if (cap.maxSlots() > 0) n = Math.max(n, (int) Math.ceil(slotsOf(sc, unit(sc, id, kind, 0, slots(inhabitants, 1.0), null)) / (double) cap.maxSlots()));
            return n;
        }

        /** Every one of {@code n} units, with its share of {@code zones} zones, is within the cap. */
        boolean fits(int inhabitants, int n, int zones) {
            KindDefaults.UnitCap cap = cap(sc, kind);
            // The largest share is unit 0's (it gets the remainder zones first).
            double s = share(0, n, zones);
            return cap.allows(inhabitants * s, slotsOf(sc, unit(sc, id, kind, 0, slots(inhabitants, s), null)));
        }
    }

    private static int servers(double lambdaPerDay, double meanDays, double utilisation) {
        return Math.max(1, (int) Math.ceil(lambdaPerDay * meanDays / utilisation));
    }

    /** A unit config whose staff FTE give {@code slots} case slots under the sizing reporting burden. */
    private static UnitConfig unit(Scenario sc, String id, UnitKind kind, int zone, int slots, String coloc) {
        KindDefaults d = KindDefaults.of(kind);
        UnitConfig c = new UnitConfig();
        c.id = id;
        c.kind = kind;
        c.zone = zone;
        c.colocationGroup = coloc == null ? "" : coloc;
        // Staff hours for the cases' weekly hours (direct, reporting at the sizing burden, travel; ODD §5.1, §7.10).
        double fte = slots * no.samspill.core.process.Delivery.caseHoursPerWeek(kind, d.hoursPerCaseWeek(), sc.sizing.reporting,
                sc.kinds.contactsPerDay(kind), sc.delivery.travelHoursPerVisit)
                / (KindDefaults.HOURS_PER_FTE_WEEK * sc.staffing.availableShare);
        fte = Math.max(fte, 1.0);  // at least one full-time post (structural)
        // each profession's FTE rounded to a tenth, plus a tenth so that rounding never leaves the unit short (structural)
        Map<Profession, Double> staff = new EnumMap<>(Profession.class);
        for (Map.Entry<Profession, Double> e : sc.kinds.staffMix(kind).entrySet()) {
            if (!(e.getValue() > 0)) continue;  // a profession the mix gives no share gets no post
            staff.put(e.getKey(), Math.round(fte * e.getValue() * 10) / 10.0 + 0.1);
        }
        c.staff = staff;
        if (kind == UnitKind.HOSPITAL_WARD) c.servers = slots;
        return c;
    }

    /** Expected arrivals per day to each service, from a fixed-seed sample of planned pathways. */
    static Map<ServiceType, Double> expectedArrivalsPerDay(Scenario sc) {
        return expectedArrivalsPerDay(sc, false);
    }

    /**
     * Expected arrivals per day; with {@code homeCareForEvery}, a request for help at home whose potential meets the
     * criterion is planned for the team AND for home care (the sizing pilot's municipality, ODD §5.1).
     */
    static Map<ServiceType, Double> expectedArrivalsPerDay(Scenario sc, boolean homeCareForEvery) {
        // A fixed seed and 4000 samples per type: sizing must not depend on the run's seed (structural, ODD §5.1)
        MersenneTwisterFast r = new MersenneTwisterFast(20101);
        Map<ServiceType, Double> out = new EnumMap<>(ServiceType.class);
        for (ServiceType s : ServiceType.values()) out.put(s, 0.0);
        int samples = 4000;
        for (EpisodeType t : EpisodeType.values()) {
            double lambda = Demand.ratePerDay(sc, t);
            if (lambda <= 0) continue;
            for (int i = 0; i < samples; i++) {
                Complexity c = Demand.drawComplexity(sc.demand, t, r);
                double potential = Demand.health(sc.demand, t, c, r)[1];
                for (PlannedNeed pn : Demand.plannedNeeds(t, c, sc.needs, r)) {
                    // Each request for help at home is planned once (ODD §5.1): for the everyday-rehabilitation team
                    // when the user's potential at onset reaches the team's criterion, else for home care. Who is
                    // actually offered rehabilitation is decided by allocation (§7.3); the plan only splits the same
                    // demand between the two services, as a municipality budgets the team out of its home-help hours.
                    ServiceType st = pn.service() == ServiceType.HOME_CARE && potential >= sc.rehabilitation.potentialMin
                            ? ServiceType.EVERYDAY_REHAB : pn.service();
                    out.merge(st, lambda / samples, Double::sum);
                    if (homeCareForEvery && st != pn.service()) out.merge(pn.service(), lambda / samples, Double::sum);
                }
            }
        }
        return out;
    }
}
