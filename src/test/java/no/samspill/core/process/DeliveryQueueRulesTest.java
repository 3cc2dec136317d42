package no.samspill.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.samspill.core.agents.AdvocateType;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.OfficeCase;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.config.Scenario;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Profession;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceDistribution;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import org.junit.jupiter.api.Test;

/**
 * Delivery's queue, stay and episode-end rules (ODD §7.5, §7.10), each in the state that decides it, so that a
 * reversed or removed condition fails (mutation testing, ODD §10.1): fixed slots start in order and a waiting case
 * starts when a slot frees; no start at a weekend for a unit without weekend intake; a unit starts a case only while
 * its uncommitted hours cover the case's weekly hours (one case always) and gets them back at the end; a completed
 * service books its direct, reporting and travel hours on the primary; hospital patients go ahead of users at home;
 * home care thins visits to take a quarter more cases under the slot ablation; a full unit lends a case to a free
 * neighbour without a budget of its own; a crowded ward discharges sooner and sicker; goals are addressed with the
 * services' fit; a death frees the slot and the hours. The rig ({@link ProcessRig}) is a built municipality with no
 * demand and no life events, its own Delivery and a pathway that records what comes back.
 */
class DeliveryQueueRulesTest {

    /** The process rig with a pathway that records what Delivery hands back. */
    static final class Rig extends ProcessRig implements Pathway {
        final List<Need> finished = new ArrayList<>();
        final List<Episode> referred = new ArrayList<>();
        final List<Professional> referrers = new ArrayList<>();
        final List<OfficeCase> assessed = new ArrayList<>();
        private int users;

        Rig(String preset, Consumer<Scenario> edit) {
            super(7_700, s -> {
                s.governance.preset = preset;
                s.pressure.overtime = false;
                s.pressure.negotiation = false;
                s.pressure.temporaryStaff = false;
                s.pressure.shorterVisits = false;
                s.pressure.priorityBySeverity = false;
                edit.accept(s);
            });
            d.connect(this);
            d.openTimeBudgets();
        }

        @Override public void refer(Episode ep, ServiceUnit from, Professional referrer) {
            referred.add(ep);
            referrers.add(referrer);
        }

        @Override public void officeCaseAssessed(OfficeCase c, ServiceUnit office, Professional caseWorker) { assessed.add(c); }

        @Override public void needFinished(Episode ep, Need done, ServiceUnit unit, Professional prof) { finished.add(done); }

        Episode episode(int goals, double functional) {
            User u = new User(-1 - users, 0, false, 0.5, false, AdvocateType.NONE, goals, false, functional, 0.5);
            return new Episode(-1 - users++, u, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, f.w.now(), true, 0);
        }

        /** A decided need of a new episode, enqueued at {@code u}. */
        Need enqueue(ServiceUnit u, ServiceType service) {
            return enqueue(episode(1, 0.5), u, service);
        }

        Need enqueue(Episode ep, ServiceUnit u, ServiceType service) {
            Need n = new Need(ep, service, f.w.now(), 0);
            ep.needs.add(n);
            n.refer(f.w.now());
            n.grant(f.w.now(), 0.7);
            d.enqueue(n, u);
            return n;
        }

        /** A unit with weekend intake, fixed service times of {@code days} days, and no other work. */
        ServiceUnit unit(UnitKind kind, double days) {
            ServiceUnit u = f.unit(kind);
            u.weekendIntake = true;
            u.distribution = ServiceDistribution.FIXED;
            u.meanServiceDays = days;
            return u;
        }

        double reporting() { return f.w.gov().get(Governance.Rule.REPORTING_BURDEN); }
    }

    @Test
    void fixedSlotsStartInOrderAndAWaitingJobStartsWhenASlotFrees() {
        Rig r = new Rig("PA", s -> { });
        r.f.w.beginMeasuring();
        ServiceUnit u = r.unit(UnitKind.GP_PRACTICE, 3);
        u.fixedServers = true;
        u.servers = 2;
        u.beds = 0;
        r.runTo(0.5);                                   // times below are half a day later
        for (int i = 0; i < 3; i++) r.d.directArrival(u);
        assertEquals(2, u.busy, "two slots, two in service");
        assertEquals(1, u.queued);
        assertEquals(3, u.arrivals);
        r.runTo(4);
        assertEquals(1, u.busy, "the third started when a slot freed");
        assertEquals(0, u.queued);
        assertEquals(2, u.completions);
        assertEquals(3, u.started);
        assertEquals(3, u.waitSum, 1e-9, "the third waited 3 days");
        r.runTo(7.5);
        assertEquals(0, u.busy);
        assertEquals(3, u.completions);
        assertEquals(3 + 3 + 6, u.sojournSum, 1e-9);
        assertEquals(3, u.sojournCount);
    }

    @Test
    void aUnitWithoutWeekendIntakeStartsNothingBeforeMondayMorning() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.GP_PRACTICE, 2);
        u.weekendIntake = false;
        u.fixedServers = true;
        u.servers = 1;
        r.runTo(5.5);                                   // Saturday noon
        r.d.directArrival(u);
        r.d.directArrival(u);
        assertEquals(0, u.busy, "no start at the weekend");
        assertTrue(u.startPending);
        r.runTo(7 + 1.0 / 3 - 1e-6);
        assertEquals(0, u.busy, "not before Monday 08:00");
        r.runTo(7 + 1.0 / 3 + 1e-6);
        assertEquals(1, u.busy, "Monday 08:00: one slot, one start");
        assertEquals(1, u.queued);
        assertFalse(u.startPending);
    }

    @Test
    void aUnitStartsCasesWhileItsUncommittedHoursCoverThemAndGetsThemBackAtTheEnd() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.EVERYDAY_REHAB_TEAM, 10);
        assertFalse(u.fixedServers);
        double h = Delivery.caseHoursPerWeek(u, r.reporting());
        double free = u.time.free();
        int fit = Math.max(1, (int) Math.floor(free / h + 1e-9));
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < fit + 2; i++) needs.add(r.enqueue(u, ServiceType.EVERYDAY_REHAB));
        assertEquals(fit, u.busy, free + " h free, " + h + " h a case");
        assertEquals(2, u.queued);
        assertEquals(free - fit * h, u.time.free(), 1e-6, "each start commits the case's weekly hours");
        for (int i = 0; i < fit; i++) {
            assertEquals(Need.State.IN_SERVICE, needs.get(i).state());
            assertEquals(h, needs.get(i).weeklyHours, 1e-9);
            assertEquals(r.reporting(), needs.get(i).reportingShare, 1e-12);
            assertEquals(0, needs.get(i).queuedAt, 1e-12);
        }
        assertEquals(Need.State.QUEUED, needs.get(fit).state());
        // a week later the hours are still committed: nothing more starts
        r.runTo(8);
        assertEquals(fit, u.busy);
        // at day 10 the cases end, their hours come back and the two waiting start
        r.runTo(10.5);
        assertEquals(2, u.busy);
        assertEquals(0, u.queued);
        assertEquals(fit, r.finished.size());
        assertEquals(free - 2 * h, u.time.free(), 1e-6);
        assertEquals(Need.State.DONE, needs.get(0).state());
        assertEquals(10, needs.get(fit).started, 1e-9, "the waiting case started when the hours came back");
        Event start = null;
        for (Event e : r.events(EventType.SERVICE_START)) if (e.need() == needs.get(fit)) start = e;
        assertEquals(10, start.value(), 1e-9, "its wait");
    }

    @Test
    void aUnitWithNothingInServiceAlwaysTakesOneCase() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.EVERYDAY_REHAB_TEAM, 10);
        u.time.commit(u.time.free() + 5);               // no hours left at all
        r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        assertEquals(1, u.busy, "one case starts whatever the hours");
        assertEquals(1, u.queued);
    }

    @Test
    void aCompletedServiceBooksDirectReportingAndTravelHoursOnThePrimary() {
        Rig r = new Rig("NPM", s -> { });
        r.f.w.beginMeasuring();
        ServiceUnit u = r.unit(UnitKind.EVERYDAY_REHAB_TEAM, 14);
        double reporting = r.reporting();
        assertTrue(reporting > 0);
        Need n = r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        Professional p = n.primary;
        assertTrue(p != null && p.caseload == 1);
        assertEquals(1, n.episode.user.activeServices);
        double[] before = p.hours.clone();
        r.runTo(14.5);
        assertEquals(Need.State.DONE, n.state());
        assertEquals(List.of(n), r.finished);
        double direct = 14 / 7.0 * u.hoursPerCaseWeek;
        double contactsPerDay = u.contactsPerDay;
        assertEquals(direct, p.hours[Activity.DIRECT.ordinal()] - before[Activity.DIRECT.ordinal()], 1e-9);
        assertEquals(direct * reporting, p.hours[Activity.REPORTING.ordinal()] - before[Activity.REPORTING.ordinal()], 1e-9);
        assertEquals(14 * contactsPerDay * u.travelHoursPerVisit,
                p.hours[Activity.TRAVEL.ordinal()] - before[Activity.TRAVEL.ordinal()], 1e-9);
        assertEquals(0, p.caseload);
        assertEquals(0, n.episode.user.activeServices);
        assertEquals(0, u.busy);
        assertEquals(1 + (int) Math.round(14 * contactsPerDay), n.episode.user.contacts(), "the visits of 14 days");
        assertTrue(n.episode.user.functional > 0.5, "rehabilitation raised function: " + n.episode.user.functional);
        assertTrue(n.episode.distinctProfessionals() >= 1);
        assertEquals(1, r.events(EventType.SERVICE_START).size());
        assertEquals(14, r.events(EventType.SERVICE_END).get(0).value(), 1e-9);
        // a ward has no travel
        ServiceUnit gp = r.unit(UnitKind.GP_PRACTICE, 7);
        Need g = r.enqueue(gp, ServiceType.GP_FOLLOW_UP);
        double travel = g.primary.hours[Activity.TRAVEL.ordinal()];
        r.runTo(22);
        assertEquals(Need.State.DONE, g.state());
        assertEquals(travel, g.primary.hours[Activity.TRAVEL.ordinal()], 1e-12, "no travel outside home-based units");
    }

    @Test
    void hospitalPatientsGoAheadOfUsersAtHomeAndBehindEachOther() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.SHORT_TERM_WARD, 1);
        u.fixedServers = true;
        u.servers = 1;
        u.beds = 0;
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.d.directArrival(u);                            // holds the slot for a day
        Need home1 = r.enqueue(u, ServiceType.SHORT_TERM_STAY), home2 = r.enqueue(u, ServiceType.SHORT_TERM_STAY);
        Need hosp1 = r.enqueue(inHospital(r, ward), u, ServiceType.SHORT_TERM_STAY);
        Need hosp2 = r.enqueue(inHospital(r, ward), u, ServiceType.SHORT_TERM_STAY);
        assertEquals(4, u.queued);
        r.runTo(4.5);
        assertEquals(1, hosp1.started, 1e-9);
        assertEquals(2, hosp2.started, 1e-9);
        assertEquals(3, home1.started, 1e-9);
        assertEquals(4, home2.started, 1e-9);
        // the hospital patients left the ward when their service started
        assertFalse(hosp1.episode.inHospital);
        assertEquals(1, hosp1.episode.transferred, 1e-9);
        assertEquals(0, ward.readyWaiting);
        assertEquals(2, r.events(EventType.TRANSFER).size());
    }

    @Test
    void withoutHospitalPatientsFirstTheLineIsFirstComeFirstServed() {
        Rig r = new Rig("PA", s -> s.coordination.hospitalPatientsFirst = false);
        ServiceUnit u = r.unit(UnitKind.SHORT_TERM_WARD, 1);
        u.fixedServers = true;
        u.servers = 1;
        u.beds = 0;
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.d.directArrival(u);
        Need home = r.enqueue(u, ServiceType.SHORT_TERM_STAY);
        Need hosp = r.enqueue(inHospital(r, ward), u, ServiceType.SHORT_TERM_STAY);
        r.runTo(2.5);
        assertEquals(1, home.started, 1e-9);
        assertEquals(2, hosp.started, 1e-9);
    }

    /** An episode whose patient is in {@code ward} and ready for discharge (the bed held). */
    private static Episode inHospital(Rig r, ServiceUnit ward) {
        Episode ep = r.episode(1, 0.5);
        ep.inHospital = true;
        ep.hospital = ward;
        ep.admitted = r.f.w.now();
        ep.readyForDischarge = r.f.w.now();
        ward.busy++;
        ward.readyWaiting++;
        return ep;
    }

    @Test
    void underTheSlotAblationHomeCareThinsVisitsToTakeAQuarterMoreCases() {
        Rig r = new Rig("PA", s -> s.organisation.timeBudget = false);
        ServiceUnit u = r.unit(UnitKind.HOME_CARE_ZONE, 30);
        int cap = u.capacity();
        int extra = (int) Math.floor(r.f.w.scenario.pressure.maxRationing * cap);
        assertTrue(extra >= 1, "capacity " + cap);
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < cap + extra + 3; i++) needs.add(r.enqueue(u, ServiceType.HOME_CARE));
        assertEquals(cap + extra, u.busy);
        assertEquals(3, u.queued);
        double h = Delivery.caseHoursPerWeek(u, r.reporting());
        assertFalse(needs.get(cap - 1).rationed, "within the slots: full visits");
        assertEquals(h, needs.get(cap - 1).weeklyHours, 1e-9);
        assertEquals(0.7, needs.get(cap - 1).fit, 1e-12);
        Need thin = needs.get(cap);
        assertTrue(thin.rationed, "beyond the slots: thinned");
        assertEquals(h / (1 + r.f.w.scenario.pressure.maxRationing), thin.weeklyHours, 1e-9);
        assertEquals(0.7 - r.f.w.scenario.pressure.rationingFitLoss, thin.fit, 1e-12);
    }

    @Test
    void aFullUnitLendsACaseToAFreeNeighbourWithoutABudgetOfItsOwn() {
        Rig r = new Rig("PA", s -> s.population.inhabitants = 20_000);
        List<ServiceUnit> zones = r.f.w.units(UnitKind.HOME_CARE_ZONE);
        assertTrue(zones.size() >= 2);
        ServiceUnit u = zones.get(0);
        List<ServiceUnit> neighbours = r.f.w.zones().neighbours(u);
        assertFalse(neighbours.isEmpty());
        ServiceUnit s = neighbours.get(0);
        full(u);
        Need n = r.enqueue(u, ServiceType.HOME_CARE);
        assertSame(s, n.unit, "lent to the free neighbour");
        assertEquals(1, r.events(EventType.LENDING).size());
        // a neighbour with people waiting does not take another unit's case
        for (ServiceUnit x : neighbours) full(x);
        Need waits = r.enqueue(u, ServiceType.HOME_CARE);
        assertSame(u, waits.unit, "no neighbour has room: it waits at home");
        // a unit with a budget of its own (every unit: budget_silos 1) does not pay for a neighbour's user
        Rig npm = new Rig("PA", x -> {
            x.population.inhabitants = 20_000;
            x.governance.overrides.put("budget_silos", 1.0);
        });
        ServiceUnit v = npm.f.w.units(UnitKind.HOME_CARE_ZONE).get(0);
        full(v);
        Need kept = npm.enqueue(v, ServiceType.HOME_CARE);
        assertSame(v, kept.unit);
        assertEquals(0, npm.events(EventType.LENDING).size());
    }

    /** The unit has a case in service and no hours left for another. */
    private static void full(ServiceUnit u) {
        u.busy = Math.max(1, u.busy);
        u.time.commit(u.time.free());
    }

    @Test
    void aCrowdedWardDischargesSoonerAndSicker() {
        Rig r = new Rig("PA", s -> { });
        Episode calm = r.episode(1, 0.6);
        ServiceUnit ward = r.f.w.unitFor(Role.HOSPITAL, calm.user);
        ward.servers = 20;
        calm.needs.add(new Need(calm, ServiceType.HOME_CARE, 0, 0));
        r.d.admitToHospital(calm);
        assertTrue(calm.inHospital);
        assertSame(ward, calm.hospital);
        assertEquals(1, ward.busy);
        assertEquals(0.6, calm.user.functional, 1e-12, "an empty ward keeps the stay: no loss");
        assertEquals(1, calm.needs.size(), "and no short-term stay first");
        Event adm = r.events(EventType.ADMISSION).get(0);
        assertEquals(Beds.occupancy(ward), adm.value(), 1e-12);
        // the admission notice: the ward's physician refers at once
        assertEquals(List.of(calm), r.referred);
        assertEquals(Profession.HOSPITAL_PHYSICIAN, r.referrers.get(0).profession);

        ward.busy = 2 * ward.servers;                   // overflowing: the stay is cut to the floor
        Episode crowded = r.episode(1, 0.6);
        Need home = new Need(crowded, ServiceType.HOME_CARE, 0, 0);
        crowded.needs.add(home);
        r.d.admitToHospital(crowded);
        double factor = Beds.stayFactor(r.f.w.scenario.health, Beds.occupancy(ward));
        assertEquals(r.f.w.scenario.health.bedStayFloor, factor, 1e-12);
        assertEquals(0.6 - r.f.w.scenario.health.sickerFunctionLoss * (1 - factor) / r.f.w.scenario.health.bedMaxStayCut, crowded.user.functional, 1e-12, "sicker");
        assertEquals(2, crowded.needs.size(), "sent out early: a short-term stay first");
        assertEquals(ServiceType.SHORT_TERM_STAY, crowded.needs.get(0).service);
        assertEquals(0, crowded.needs.get(0).stage);
        assertEquals(1, home.stage, "home services move one stage later");
    }

    @Test
    void atReadyForDischargeThePatientWithNothingToWaitForGoesHome() {
        Rig r = new Rig("PA", s -> { });
        Episode ep = r.episode(1, 0.6);
        ServiceUnit ward = r.f.w.unitFor(Role.HOSPITAL, ep.user);
        r.d.admitToHospital(ep);
        assertEquals(1, r.referred.size(), "referred on admission");
        r.runTo(400);
        assertFalse(Double.isNaN(ep.readyForDischarge));
        assertEquals(2, r.referred.size(), "referred again at the ready notice");
        assertFalse(ep.inHospital, "no need of the first stage: transferred at once");
        assertEquals(ep.readyForDischarge, ep.transferred, 1e-12);
        assertEquals(0, ward.busy);
        assertEquals(0, ward.readyWaiting);
        assertEquals(1, r.events(EventType.READY_FOR_DISCHARGE).size());
        assertEquals(1, r.events(EventType.TRANSFER).size());
    }

    @Test
    void anEpisodeWhoseNeedsClosedDuringTreatmentEndsAtTheReadyNotice() {
        Rig r = new Rig("PA", s -> { });
        Episode ep = r.episode(1, 0.6);
        Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
        ep.needs.add(n);
        r.d.admitToHospital(ep);
        n.refer(0);
        n.rejectAtAssessment(0);
        r.d.endEpisode(ep);
        assertFalse(ep.ended(), "the patient still finishes treatment");
        r.runTo(400);
        assertTrue(ep.ended(), "ended at the ready notice");
        assertEquals(ep.readyForDischarge, ep.end, 1e-12);
        assertFalse(ep.inHospital);
        assertEquals(1, r.events(EventType.EPISODE_END).size());
    }

    @Test
    void goalsAreAddressedWithTheServicesFitAndSeldomWhenUnknown() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit gp = r.unit(UnitKind.GP_PRACTICE, 1);
        Episode known = served(r, gp, 1.0);
        known.goalsKnown = true;
        r.d.endEpisode(known);
        assertEquals(6, known.goalsTotal);
        assertEquals(6, known.goalsAddressed, "known goals, a perfect fit: all addressed");
        assertEquals(known.user.functional, known.functionalEnd, 1e-12);
        r.d.endEpisode(known);
        assertEquals(1, r.events(EventType.EPISODE_END).size(), "an episode ends once");

        Episode none = r.episode(6, 0.5);
        none.goalsKnown = true;
        r.d.endEpisode(none);
        assertEquals(0, none.goalsAddressed, "no service started: nothing addressed");

        int addressed = 0, total = 0;
        for (int i = 0; i < 300; i++) {
            Episode unknown = served(r, gp, 1.0);
            r.d.endEpisode(unknown);
            addressed += unknown.goalsAddressed;
            total += unknown.goalsTotal;
        }
        double share = addressed / (double) total, se = Math.sqrt(0.35 * 0.65 / total);
        assertEquals(0.35, share, 4 * se, "unknown goals: 0.35 of the fit");
    }

    /** An episode with six goals and one service started with fit {@code fit}. */
    private static Episode served(Rig r, ServiceUnit u, double fit) {
        Episode ep = r.episode(6, 0.5);
        Need n = new Need(ep, ServiceType.GP_FOLLOW_UP, r.f.w.now(), 0);
        ep.needs.add(n);
        n.started = r.f.w.now();
        n.fit = fit;
        return ep;
    }

    @Test
    void aDeathFreesTheSlotAndTheHoursAndRecordsTheHoursSoFar() {
        Rig r = new Rig("PA", s -> { });
        r.f.w.beginMeasuring();
        ServiceUnit u = r.unit(UnitKind.EVERYDAY_REHAB_TEAM, 20);
        double free = u.time.free();
        Need n = r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        Need waiting = new Need(n.episode, ServiceType.HOME_CARE, 0, 1);
        n.episode.needs.add(waiting);
        Professional p = n.primary;
        double direct0 = p.hours[Activity.DIRECT.ordinal()];
        r.runTo(7);
        r.d.endAtDeath(n.episode);
        assertEquals(Need.State.DIED, n.state());
        assertEquals(Need.State.DIED, waiting.state());
        assertEquals(0, u.busy);
        assertEquals(free, u.time.free(), 1e-6, "the case's hours are free again");
        assertEquals(0, p.caseload);
        assertEquals(0, n.episode.user.activeServices);
        assertEquals(u.hoursPerCaseWeek, p.hours[Activity.DIRECT.ordinal()] - direct0, 1e-9, "a week of direct time");
        assertTrue(n.episode.endedByDeath);
        assertTrue(n.episode.ended());
        r.runTo(25);
        assertTrue(r.finished.isEmpty(), "the service never completes");
        assertEquals(0, u.busy, "and its slot is not freed twice");
        assertEquals(free, u.time.free(), 1e-6);
    }

    @Test
    void aDeathRecordsTheHoursSinceTheStartWithReportingAndThinnedVisits() {
        Rig r = new Rig("NPM", s -> s.organisation.timeBudget = false);
        r.f.w.beginMeasuring();
        ServiceUnit u = r.unit(UnitKind.HOME_CARE_ZONE, 40);
        r.runTo(2);
        int cap = u.capacity();
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i <= cap; i++) needs.add(r.enqueue(u, ServiceType.HOME_CARE));
        Need thin = needs.get(cap);
        assertTrue(thin.rationed);
        Professional p = thin.primary;
        double direct0 = p.hours[Activity.DIRECT.ordinal()], reporting0 = p.hours[Activity.REPORTING.ordinal()];
        r.runTo(9);
        r.d.endAtDeath(thin.episode);
        double direct = 7 / 7.0 * u.hoursPerCaseWeek / (1 + r.f.w.scenario.pressure.maxRationing);
        assertEquals(direct, p.hours[Activity.DIRECT.ordinal()] - direct0, 1e-9, "a week since day 2, thinned");
        assertEquals(direct * r.reporting(), p.hours[Activity.REPORTING.ordinal()] - reporting0, 1e-9);
        assertTrue(r.reporting() > 0);
        assertEquals(cap, u.busy);
    }

    @Test
    void aCompletedCaseThatAPartnerCarriedGivesThePartnerItsHoursBack() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.EVERYDAY_REHAB_TEAM, 7), partner = r.unit(UnitKind.HOME_CARE_ZONE, 20);
        double freeU = u.time.free(), freePartner = partner.time.free();
        Need n = r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        u.time.release(n.weeklyHours);
        partner.time.commit(n.weeklyHours);
        n.hoursFrom = partner;
        u.time.commit(3);
        r.runTo(7.5);
        assertEquals(Need.State.DONE, n.state());
        assertEquals(freePartner, partner.time.free(), 1e-6, "the partner has its hours back");
        assertEquals(freeU - 3, u.time.free(), 1e-6, "the unit's own commitments are untouched");
    }

    @Test
    void aCaseThatFindsTheWeeksHoursSpentWaitsForNextWeeksHours() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.EVERYDAY_REHAB_TEAM, 30);
        r.runTo(1);
        Need first = r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        double h = first.weeklyHours;
        u.time.spend(u.time.free() - h / 2);            // one-off work took the week's hours
        Need second = r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        assertEquals(Need.State.QUEUED, second.state());
        r.runTo(6.99);
        assertEquals(Need.State.QUEUED, second.state(), "not this week");
        r.runTo(7.01);
        assertEquals(Need.State.IN_SERVICE, second.state(), "next week's hours open on Monday");
        assertEquals(7, second.started, 1e-9);
    }

    @Test
    void homeCareThinsVisitsWhenItsHoursDoNotCoverAFullCase() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.HOME_CARE_ZONE, 30);
        Need first = r.enqueue(u, ServiceType.HOME_CARE);
        double h = Delivery.caseHoursPerWeek(u, r.reporting());
        assertFalse(first.rationed, "hours to spare and nobody else waiting: full visits");
        assertEquals(h, first.weeklyHours, 1e-9);
        u.time.commit(u.time.free() - h / (1 + r.f.w.scenario.pressure.maxRationing) - 0.01);
        Need thin = r.enqueue(u, ServiceType.HOME_CARE);
        assertTrue(thin.rationed, "not enough for a full case, enough for a thinned one");
        assertEquals(h / (1 + r.f.w.scenario.pressure.maxRationing), thin.weeklyHours, 1e-9);
        assertEquals(0.7 - r.f.w.scenario.pressure.rationingFitLoss, thin.fit, 1e-12);
        Need waits = r.enqueue(u, ServiceType.HOME_CARE);
        assertEquals(Need.State.QUEUED, waits.state(), "not even a thinned case: it waits");
        assertTrue(thin.primary != first.primary);
        r.f.w.beginMeasuring();
        double[] before = thin.primary.hours.clone();
        r.runTo(30.5);
        assertEquals(Need.State.DONE, thin.state());
        double cut = 1 + r.f.w.scenario.pressure.maxRationing, cpd = u.contactsPerDay;
        assertEquals(30 / 7.0 * u.hoursPerCaseWeek / cut,
                thin.primary.hours[Activity.DIRECT.ordinal()] - before[Activity.DIRECT.ordinal()], 1e-9, "thinned visits");
        assertEquals(30 * cpd * u.travelHoursPerVisit / cut,
                thin.primary.hours[Activity.TRAVEL.ordinal()] - before[Activity.TRAVEL.ordinal()], 1e-9);
    }

    @Test
    void homeCareThinsTheVisitsOfCasesStartedWhileOthersWait() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.HOME_CARE_ZONE, 30);
        u.weekendIntake = false;
        r.runTo(5.5);
        List<Need> needs = new ArrayList<>();
        for (int i = 0; i < 3; i++) needs.add(r.enqueue(u, ServiceType.HOME_CARE));
        r.runTo(7.5);
        for (Need n : needs) assertEquals(Need.State.IN_SERVICE, n.state(), "hours for all three");
        assertTrue(needs.get(0).rationed, "others waiting behind it");
        assertTrue(needs.get(1).rationed);
        assertFalse(needs.get(2).rationed, "the last in line: nobody behind it");
    }

    @Test
    void aShortTermWardStartsNoMoreStaysThanItsBedsAndAQuarterMoreWhilePeopleWait() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.SHORT_TERM_WARD, 30);
        u.beds = 8;
        u.hoursPerCaseWeek = 0.01;                      // the beds bind, not the hours
        for (int i = 0; i < 8; i++) r.enqueue(u, ServiceType.SHORT_TERM_STAY);
        assertEquals(8, u.busy, "eight beds");
        // beyond the beds, one extra stay per person waiting (the one to start among them), up to a quarter of the beds
        r.enqueue(u, ServiceType.SHORT_TERM_STAY);
        assertEquals(9, u.busy);
        r.enqueue(u, ServiceType.SHORT_TERM_STAY);
        assertEquals(9, u.busy, "one waiting: nine at most");
        assertEquals(1, u.queued);
        r.enqueue(u, ServiceType.SHORT_TERM_STAY);
        assertEquals(10, u.busy, "two waiting: ten");
        r.enqueue(u, ServiceType.SHORT_TERM_STAY);
        r.enqueue(u, ServiceType.SHORT_TERM_STAY);
        assertEquals(10, u.busy, "never more than a quarter above the beds");
        assertEquals(3, u.queued);
    }

    @Test
    void underTheSlotAblationAUnitWithoutAFreeSlotLends() {
        Rig r = new Rig("PA", s -> {
            s.population.inhabitants = 20_000;
            s.organisation.timeBudget = false;
        });
        List<ServiceUnit> zones = r.f.w.units(UnitKind.HOME_CARE_ZONE);
        ServiceUnit u = zones.get(0), s = r.f.w.zones().neighbours(u).get(0);
        u.busy = u.capacity();
        Need n = r.enqueue(u, ServiceType.HOME_CARE);
        assertSame(s, n.unit);
        u.busy = u.capacity() - 1;
        Need kept = r.enqueue(u, ServiceType.HOME_CARE);
        assertSame(u, kept.unit, "a free slot: kept");
    }

    @Test
    void aUnitWithRoomKeepsItsCaseAndAnEndedEpisodeJoinsNoQueue() {
        Rig r = new Rig("PA", s -> s.population.inhabitants = 20_000);
        ServiceUnit u = r.f.w.units(UnitKind.HOME_CARE_ZONE).get(0);
        Need n = r.enqueue(u, ServiceType.HOME_CARE);
        assertSame(u, n.unit);
        assertEquals(0, r.events(EventType.LENDING).size());
        assertTrue(n.episode.unitIndices().length == 1 && n.episode.unitIndices()[0] == u.index, "the unit worked the episode");
        Episode ended = r.episode(1, 0.5);
        Need late = new Need(ended, ServiceType.HOME_CARE, 0, 0);
        ended.needs.add(late);
        late.refer(0);
        late.grant(0, 0.7);
        ended.end(0);
        int busy = u.busy;
        r.d.enqueue(late, u);
        assertEquals(Need.State.ASSESSED, late.state(), "not queued");
        assertEquals(busy, u.busy);
        // a hospital patient not yet ready is held by the discharge chain, not queued
        Episode treated = r.episode(1, 0.5);
        treated.inHospital = true;
        Need held = r.enqueue(treated, u, ServiceType.HOME_CARE);
        assertEquals(Need.State.ASSESSED, held.state());
    }

    @Test
    void theTransferRecordsTheStaysContactsAndWardHours() {
        Rig r = new Rig("PA", s -> { });
        r.f.w.beginMeasuring();
        ServiceUnit u = r.unit(UnitKind.SHORT_TERM_WARD, 1);
        u.fixedServers = true;
        u.servers = 1;
        u.beds = 0;
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        r.runTo(1);
        Episode ep = inHospital(r, ward);
        double ward0 = 0;
        for (Professional p : ward.staff) ward0 += p.hours[Activity.DIRECT.ordinal()];
        r.d.directArrival(u);
        r.runTo(3);                                     // stay from day 1; the slot frees on day 2
        r.enqueue(ep, u, ServiceType.SHORT_TERM_STAY);
        r.runTo(3.5);
        assertFalse(ep.inHospital);
        assertEquals(3, ep.transferred, 1e-9);
        double los = 2;
        int contacts = 1 + (int) Math.round(los * ward.contactsPerDay);
        assertEquals(contacts, ep.user.contacts(), "contacts with the ward's staff over the stay");
        double ward1 = 0;
        for (Professional p : ward.staff) ward1 += p.hours[Activity.DIRECT.ordinal()];
        assertEquals(los / 7.0 * ward.hoursPerCaseWeek, ward1 - ward0, 1e-9);
        assertEquals(0, ward.busy);
        assertTrue(ep.unitIndices().length >= 2, "the ward worked the episode");
    }

    @Test
    void goalsFollowTheMeanFitOfTheServicesStarted() {
        Rig r = new Rig("PA", s -> { });
        int addressed = 0, total = 0;
        for (int i = 0; i < 300; i++) {
            Episode ep = r.episode(6, 0.5);
            ep.goalsKnown = true;
            for (double fit : new double[] {0.8, 0.4}) {
                Need n = new Need(ep, ServiceType.GP_FOLLOW_UP, 0, 0);
                n.started = 0;
                n.fit = fit;
                ep.needs.add(n);
            }
            Need never = new Need(ep, ServiceType.HOME_CARE, 0, 1);
            never.fit = 0;
            ep.needs.add(never);                          // not started: not counted
            r.d.endEpisode(ep);
            addressed += ep.goalsAddressed;
            total += ep.goalsTotal;
        }
        double share = addressed / (double) total, se = Math.sqrt(0.6 * 0.4 / total);
        assertEquals(0.6, share, 4 * se);
        int a = 0;
        for (int i = 0; i < 300; i++) {
            Episode ep = r.episode(6, 0.5);
            Need n = new Need(ep, ServiceType.GP_FOLLOW_UP, 0, 0);
            n.started = 0;
            n.fit = 0.5;
            ep.needs.add(n);
            r.d.endEpisode(ep);
            a += ep.goalsAddressed;
        }
        double p = 0.35 * 0.5;
        assertEquals(p, a / 1800.0, 4 * Math.sqrt(p * (1 - p) / 1800), "unknown goals: 0.35 of the fit");
        Episode last = r.episode(6, 0.5);
        last.user.functional = 0.8;
        r.d.endEpisode(last);
        Event end = r.events(EventType.EPISODE_END).get(r.events(EventType.EPISODE_END).size() - 1);
        assertEquals(0.8 - last.functionalStart, end.value(), 1e-12, "the change of function over the episode");
    }

    @Test
    void withoutTheAdmissionNoticeTheWardRefersAtTheReadyNotice() {
        Rig r = new Rig("PA", s -> s.coordination.admissionNotice = false);
        r.f.w.beginMeasuring();
        Episode ep = r.episode(1, 0.6);
        ServiceUnit ward = r.f.w.unitFor(Role.HOSPITAL, ep.user);
        ward.servers = 20;
        long arrivals = ward.arrivals;
        r.d.admitToHospital(ep);
        assertEquals(arrivals + 1, ward.arrivals);
        assertTrue(r.referred.isEmpty(), "no admission notice");
        r.runTo(400);
        assertEquals(List.of(ep), r.referred, "referred at the ready notice");
        assertEquals(Profession.HOSPITAL_PHYSICIAN, r.referrers.get(0).profession);
        assertEquals("written", r.events(EventType.READY_FOR_DISCHARGE).get(0).detail());
    }

    @Test
    void needsDecidedDuringTheStayJoinTheirProvidersAtTheReadyNotice() {
        Rig r = new Rig("PA", s -> { });
        Episode ep = r.episode(1, 0.6);
        ServiceUnit ward = r.f.w.unitFor(Role.HOSPITAL, ep.user);
        ward.servers = 20;
        ServiceUnit gp = r.unit(UnitKind.GP_PRACTICE, 5);
        r.d.admitToHospital(ep);
        Need n = r.enqueue(ep, gp, ServiceType.GP_FOLLOW_UP);
        assertEquals(Need.State.ASSESSED, n.state(), "held during treatment");
        r.runTo(400);
        assertFalse(Double.isNaN(ep.readyForDischarge));
        assertEquals(ep.readyForDischarge, n.started, 1e-9, "started at the ready notice (the patient goes home then)");
        assertEquals(ep.readyForDischarge, ep.transferred, 1e-9);
        assertFalse(ep.inHospital);
        assertEquals(0, ward.readyWaiting);
    }

    @Test
    void aDeathGivesTheHoursOfACaseAPartnerCarriedBackToThePartner() {
        Rig r = new Rig("PA", s -> { });
        r.f.w.beginMeasuring();
        ServiceUnit u = r.unit(UnitKind.EVERYDAY_REHAB_TEAM, 20), partner = r.unit(UnitKind.HOME_CARE_ZONE, 20);
        double freeU = u.time.free(), freePartner = partner.time.free();
        Need n = r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        // the partner carries the case's weekly hours after a negotiation (ODD §7.13), as tryStart books it
        u.time.release(n.weeklyHours);
        partner.time.commit(n.weeklyHours);
        n.hoursFrom = partner;
        u.time.commit(3);                               // another case's hours at the unit itself
        n.visitShare = 0.8;                             // and the visits were shortened
        double direct0 = n.primary.hours[Activity.DIRECT.ordinal()];
        r.runTo(7);
        r.d.endAtDeath(n.episode);
        assertEquals(freePartner, partner.time.free(), 1e-6, "the partner has its hours back");
        assertEquals(freeU - 3, u.time.free(), 1e-6, "the unit's own commitments are untouched");
        assertEquals(0.8 * u.hoursPerCaseWeek, n.primary.hours[Activity.DIRECT.ordinal()] - direct0, 1e-9,
                "a week of the shortened visits' direct time, as at a completion");
    }

    @Test
    void anEpisodeEndedMeanwhileIsNotContinuedAtTheEndOfAService() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.GP_PRACTICE, 5);
        double free = u.time.free();
        Need n = r.enqueue(u, ServiceType.GP_FOLLOW_UP);
        n.episode.end(1);
        r.runTo(5.5);
        assertTrue(r.finished.isEmpty(), "nothing to continue");
        assertEquals(0, u.busy);
        assertEquals(free, u.time.free(), 1e-6, "the hours are back all the same");
        // a queued case whose episode ended is dropped when its turn comes
        u.fixedServers = true;
        u.servers = 1;
        r.d.directArrival(u);
        Need dropped = r.enqueue(u, ServiceType.GP_FOLLOW_UP), next = r.enqueue(u, ServiceType.GP_FOLLOW_UP);
        dropped.episode.end(r.f.w.now());
        r.runTo(11);
        assertEquals(Need.State.QUEUED, dropped.state(), "never started");
        assertEquals(10.5, next.started, 1e-9, "the next in line took the slot");
        assertEquals(0, u.queued);
    }

    @Test
    void aResidualNeedTakesItsShareOfAFullService() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.GP_PRACTICE, 10);
        Episode ep = r.episode(1, 0.5);
        Need n = new Need(ep, ServiceType.GP_FOLLOW_UP, 0, 0);
        n.durationFactor = r.f.w.scenario.indicators.earlyHandoffResidualShare;
        ep.needs.add(n);
        n.refer(0);
        n.grant(0, 0.7);
        r.d.enqueue(n, u);
        r.runTo(3.9);
        assertEquals(Need.State.IN_SERVICE, n.state());
        r.runTo(4.1);
        assertEquals(Need.State.DONE, n.state(), "0.4 of 10 days");
    }

    @Test
    void aStrainedUnitHandsOnEarlyAndTheRestBecomesANewNeed() {
        Rig r = new Rig("PA", s -> {
            s.indicators.earlyHandoffWhenStrained = 1;
            s.indicators.waitTargetDays = 0;
            s.governance.overrides.put("target_pressure", 1.0);
        });
        ServiceUnit u = r.unit(UnitKind.EVERYDAY_REHAB_TEAM, 10);
        u.queued = 5;                                   // a waiting list over the target (counted, not queued here)
        Need n = r.enqueue(u, ServiceType.EVERYDAY_REHAB);
        assertTrue(n.earlyHandOff);
        r.runTo(6.9);
        assertEquals(Need.State.IN_SERVICE, n.state());
        r.runTo(7.1);
        assertEquals(Need.State.DONE, n.state(), "handed on at 0.7 of the service");
        assertEquals(2, n.episode.needs.size());
        Need rest = n.episode.needs.get(1);
        assertEquals(ServiceType.HOME_CARE, rest.service, "rehabilitation's rest goes to home care");
        assertEquals(r.f.w.scenario.indicators.earlyHandoffResidualShare, rest.durationFactor, 0);
        assertEquals(n.stage, rest.stage);
        assertEquals(Need.State.LATENT, rest.state(), "to be referred");
        assertEquals("early", r.events(EventType.SERVICE_END).get(0).detail());
        ServiceUnit gp = r.unit(UnitKind.GP_PRACTICE, 10);
        gp.queued = 5;
        Need g = r.enqueue(gp, ServiceType.GP_FOLLOW_UP);
        r.runTo(15);
        assertEquals(ServiceType.GP_FOLLOW_UP, g.episode.needs.get(1).service, "other services' rest: GP follow-up");
    }

    @Test
    void aReturningUsersPrimaryIsKnownAndALossSinceTheDecisionCostsFit() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit u = r.unit(UnitKind.GP_PRACTICE, 10);
        Episode first = r.episode(1, 0.5);
        Need a = r.enqueue(first, u, ServiceType.GP_FOLLOW_UP);
        assertFalse(a.knownPrimary, "new to services");
        Episode again = new Episode(-999, first.user, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
        again.returning = true;
        again.lostSinceDecision = true;
        Need b = r.enqueue(again, u, ServiceType.GP_FOLLOW_UP);
        assertTrue(b.knownPrimary, "served here before");
        assertSame(a.primary, b.primary);
        double loss = r.f.w.scenario.fit.informationShapesDecision ? r.f.w.scenario.fit.lossAfterDecision : 0;
        assertTrue(loss > 0);
        assertEquals(0.7 - loss, b.fit, 1e-12, "information lost since the decision");
        assertFalse(again.lostSinceDecision, "counted once");
        Episode elsewhere = new Episode(-998, r.episode(1, 0.5).user, EpisodeType.FUNCTIONAL_DECLINE, Complexity.COMPLEX, 0, true, 0);
        elsewhere.returning = true;
        assertFalse(r.enqueue(elsewhere, u, ServiceType.GP_FOLLOW_UP).knownPrimary, "returning, but not to this unit");
    }

    @Test
    void aCrowdedWardsStaysAreShorterAndAShortTermStayIsNotAddedTwice() {
        Rig r = new Rig("PA", s -> { });
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        ward.servers = 100_000;
        double calm = meanStay(r, 300);
        Rig q = new Rig("PA", s -> { });
        ServiceUnit crowded = q.f.unit(UnitKind.HOSPITAL_WARD);
        crowded.busy = 3 * crowded.servers;
        double short1 = meanStay(q, 300);
        assertEquals(q.f.w.scenario.health.bedStayFloor, short1 / calm, 0.1, "stays at the floor: " + short1 + " vs " + calm);
        for (int i = 0; i < 20; i++) {
            Episode ep = q.episode(1, 0.6);
            ep.needs.add(new Need(ep, ServiceType.SHORT_TERM_STAY, 0, 0));
            ep.needs.add(new Need(ep, ServiceType.HOME_CARE, 0, 1));
            q.d.admitToHospital(ep);
            assertEquals(2, ep.needs.size(), "a short-term stay already planned");
            assertEquals(1, ep.needs.get(1).stage);
        }
    }

    /** Mean length of {@code n} stays admitted now (from the scheduled ready notices). */
    private static double meanStay(Rig r, int n) {
        List<Episode> eps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Episode ep = r.episode(1, 0.6);
            r.d.admitToHospital(ep);
            eps.add(ep);
        }
        r.runTo(2_000);
        double sum = 0;
        for (Episode ep : eps) sum += ep.readyForDischarge - ep.admitted;
        return sum / n;
    }

    @Test
    void withADischargeVisitTheReadyNoticeSaysSo() {
        Rig r = new Rig("PA", s -> {
            s.coordination.admissionNotice = false;
            s.coordination.dischargeMode = no.samspill.core.config.CoordinationConfig.DischargeMode.VISIT;
        });
        Episode ep = r.episode(1, 0.6);
        r.f.w.unitFor(Role.HOSPITAL, ep.user).servers = 20;
        r.d.admitToHospital(ep);
        assertFalse(ep.dischargeVisit, "without the admission notice the visit comes at the ready notice");
        r.runTo(400);
        assertTrue(ep.dischargeVisit);
        assertEquals("visit", r.events(EventType.READY_FOR_DISCHARGE).get(0).detail());
    }

    @Test
    void anEpisodeEndReleasesATeamPlansCoordinatedCount() {
        Rig r = new Rig("PA", s -> { });
        Episode ep = r.episode(1, 0.6);
        ep.teamPlan = true;
        ep.countedCoordinated = true;
        ep.user.coordinatedEpisodes = 1;
        r.d.endEpisode(ep);
        assertFalse(ep.countedCoordinated);
        assertEquals(0, ep.user.coordinatedEpisodes);
    }

    /**
     * The office handles a case for its service time (7 days here) whatever the standardisation rule: no governance
     * setting shortens a duration (ODD §7.3, §10 #40 c; a tailored decision's hours are booked by Allocation).
     */
    @Test
    void thePurchaserOfficeAssessesACaseAndBooksTheCaseWorkersHours() {
        for (double standardisation : new double[]{0, 1}) {
            Rig r = new Rig("NPM", s -> {
                s.governance.overrides.put("standardisation", standardisation);
                s.allocation.tailoringHoursPerNeed = 0;
            });
            r.f.w.beginMeasuring();
            ServiceUnit office = r.unit(UnitKind.PURCHASER_OFFICE, 7);
            Episode ep = r.episode(1, 0.6);
            Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
            ep.needs.add(n);
            n.refer(0);
            double before = 0;
            for (Professional p : office.staff) before += p.hours[Activity.ASSESSMENT.ordinal()];
            OfficeCase c = new OfficeCase(ep, List.of(n), 0);
            r.d.enqueue(c, office);
            assertEquals(1, office.busy);
            double d = 7;
            r.runTo(d - 1e-6);
            assertTrue(r.assessed.isEmpty(), "standardisation " + standardisation + ": not shortened");
            r.runTo(d + 1e-6);
            assertEquals(List.of(c), r.assessed, "handled for the office's service time");
            assertEquals(0, office.busy);
            double after = 0;
            for (Professional p : office.staff) after += p.hours[Activity.ASSESSMENT.ordinal()];
            assertEquals(d / 7.0 * office.hoursPerCaseWeek, after - before, 1e-9);
            double reporting = 0;
            for (Professional p : office.staff) reporting += p.hours[Activity.REPORTING.ordinal()];
            assertEquals(d / 7.0 * office.hoursPerCaseWeek * r.reporting(), reporting, 1e-9, "and writes it up");
        }
    }

    /**
     * The office drops a queued case whose episode has ended meanwhile (a user who died waiting for an assessment): no
     * case worker's slot or hours go to it (ODD §2.2), as a professional's queue drops a need of an ended episode.
     */
    @Test
    void theOfficeDropsTheCaseOfAnEpisodeThatEndedWhileItWaited() {
        Rig r = new Rig("NPM", s -> { });
        r.f.w.beginMeasuring();
        ServiceUnit office = r.unit(UnitKind.PURCHASER_OFFICE, 7);
        office.fixedServers = true;
        office.servers = 1;
        Episode first = r.episode(1, 0.6), dies = r.episode(1, 0.6);
        OfficeCase c1 = null, c2 = null;
        for (Episode ep : List.of(first, dies)) {
            Need n = new Need(ep, ServiceType.HOME_CARE, 0, 0);
            ep.needs.add(n);
            n.refer(0);
            OfficeCase c = new OfficeCase(ep, List.of(n), 0);
            if (c1 == null) c1 = c; else c2 = c;
            r.d.enqueue(c, office);
        }
        assertEquals(1, office.busy);
        assertEquals(1, office.queued);
        r.runTo(1);
        dies.end(1);
        r.runTo(30);
        assertEquals(List.of(c1), r.assessed, "only the first case is assessed");
        assertEquals(0, office.busy, "the ended episode's case never took the slot");
        assertEquals(0, office.queued);
        assertEquals(1, office.started, "one start: the dropped case is not counted as started");
        assertTrue(c2.undecided().size() == 1, "the dropped case's need was never decided");
    }

    @Test
    void aPatientWithAFirstStageNeedStillOpenWaitsInTheBed() {
        Rig r = new Rig("PA", s -> { });
        Episode waits = r.episode(1, 0.6), later = r.episode(1, 0.6);
        r.f.w.unitFor(Role.HOSPITAL, waits.user).servers = 20;
        Need first = new Need(waits, ServiceType.HOME_CARE, 0, 0);
        waits.needs.add(first);
        later.needs.add(new Need(later, ServiceType.HOME_CARE, 0, 1));
        Need done = new Need(later, ServiceType.GP_FOLLOW_UP, 0, 0);
        later.needs.add(done);
        done.refer(0);
        done.rejectAtAssessment(0);
        r.d.admitToHospital(waits);
        r.d.admitToHospital(later);
        r.runTo(400);
        assertFalse(Double.isNaN(waits.readyForDischarge));
        assertTrue(waits.inHospital, "its first service has not started: delayed discharge");
        assertFalse(later.inHospital, "only later stages and closed needs: home at once");
    }

    @Test
    void aDeathAfterTheEndChangesNothingAndADeathWhileReadyFreesTheWaitingCount() {
        Rig r = new Rig("PA", s -> { });
        Episode ended = r.episode(1, 0.6);
        r.d.endEpisode(ended);
        r.d.endAtDeath(ended);
        assertFalse(ended.endedByDeath, "it had ended before");
        ServiceUnit ward = r.f.unit(UnitKind.HOSPITAL_WARD);
        Episode ready = inHospital(r, ward);
        assertEquals(1, ward.readyWaiting);
        r.d.endAtDeath(ready);
        assertEquals(0, ward.readyWaiting);
        assertEquals(0, ward.busy);
        assertTrue(ready.endedByDeath);
    }

    @Test
    void aDeathInHospitalFreesTheBed() {
        Rig r = new Rig("PA", s -> { });
        Episode ep = r.episode(1, 0.6);
        ServiceUnit ward = r.f.w.unitFor(Role.HOSPITAL, ep.user);
        ep.needs.add(new Need(ep, ServiceType.HOME_CARE, 0, 0));
        r.d.admitToHospital(ep);
        r.runTo(1);
        r.d.endAtDeath(ep);
        assertEquals(0, ward.busy);
        assertEquals(1, ep.diedInHospital, 1e-12);
        assertFalse(ep.inHospital);
        assertTrue(r.events(EventType.TRANSFER).isEmpty(), "not a transfer");
        r.runTo(400);
        assertEquals(0, ward.readyWaiting, "no ready notice for the dead");
        assertTrue(r.events(EventType.READY_FOR_DISCHARGE).isEmpty());
    }
}
