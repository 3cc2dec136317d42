package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import no.samspill.core.world.Calendar;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Ordering;
import no.samspill.core.world.World;
import no.samspill.core.agents.DirectJob;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.OfficeCase;
import no.samspill.core.agents.WorkItem;
import no.samspill.core.units.Professional;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;

/**
 * Process 5, delivery (ODD §7.5), and the hospital stay. Each unit is a multi-server queue: FIFO, a number of
 * concurrent case slots set by staff hours less the reporting burden (process 10), and no new starts at weekends for
 * units without weekend intake. Service times follow the unit's distribution. At the end of a service the user's
 * contacts are generated (who they met: the primary professional or others, by continuity of assignment) and the hours
 * are booked by activity. Hospital beds are finite ({@link Beds}) and are held until the first municipal service starts:
 * delayed discharge; the municipality hears of the patient on admission ({@link DischargePlanning}).
 */
public final class Delivery implements WorkItem.Handler {
    private final World m;
    private final Health health;
    private final HandOffs handOffs;
    private final Learning learning;
    private final Coordination coordination;
    private final Detection detection;
    private Pathway pathway;
    private final DischargePlanning discharge;
    /** What units under pressure may do, by governance (ODD §7.13). */
    private final PressureResponses pressure;
    /** Rostering and assignment of visits (ODD §7.5). */
    private final Assignment assignment;
    /** Episodes whose every need closed while the patient was still under treatment: they end at ready-for-discharge. */
    private final java.util.Set<Episode> endAtReady = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Each unit's queue (index = unit index), FIFO. */
    private final List<ArrayDeque<WorkItem>> queues = new ArrayList<>();
    /** Units' own targets and budgets (ODD §7.5): "not our task", early hand-off and lending follow from them. */
    private final UnitIndicators indicators;

    public Delivery(World m, Health health, HandOffs handOffs, Learning learning, Coordination coordination,
                    Detection detection) {
        this.m = m;
        this.health = health;
        this.handOffs = handOffs;
        this.learning = learning;
        this.coordination = coordination;
        this.detection = detection;
        for (int i = 0; i < m.units.size(); i++) queues.add(new ArrayDeque<>());
        this.discharge = new DischargePlanning(m, learning);
        this.pressure = new PressureResponses(m);
        this.indicators = new UnitIndicators(m, u -> caseHoursPerWeek(u, m.gov().get(Governance.Rule.REPORTING_BURDEN)));
        this.assignment = new Assignment(m);
        Beds.initialise(m);
    }

    /** The pressure responses (ODD §7.13), read by allocation for the purchaser office's eligibility rule. */
    public PressureResponses pressure() { return pressure; }

    /** Where finished work returns to the pathway (set once, by the model, before the run starts). */
    public void connect(Pathway p) { this.pathway = p; }

    /** The units' own indicators (read by allocation's "not our task", ODD §7.3). */
    UnitIndicators indicators() { return indicators; }
    private MersenneTwisterFast rng() { return m.rng(Streams.Stream.DELIVERY); }

    /**
     * Weekly hours a new case takes from its unit's staff (ODD §7.10): direct service, reporting for indicators (the
     * reporting rule: hours per direct hour) and, for home-based units, travel to every visit. This is what the
     * unit's uncommitted hours must cover before it starts the case.
     */
    public static double caseHoursPerWeek(ServiceUnit u, double reporting) {
        return caseHoursPerWeek(u, reporting, 1.0);
    }

    /** The same with the direct time of each visit cut to {@code visitShare} of the usual (shorter visits, ODD §7.13). */
    static double caseHoursPerWeek(ServiceUnit u, double reporting, double visitShare) {
        double direct = u.hoursPerCaseWeek * visitShare;
        // 7: days a week (visits a week = contacts a day × 7)
        double travel = u.kind.homeBased() ? 7 * u.contactsPerDay * u.travelHoursPerVisit : 0;
        return direct * (1 + reporting) + travel;
    }

    /** Weekly hours of a case under the sizing rule of the standard municipality (no unit yet). */
    public static double caseHoursPerWeek(no.samspill.core.units.UnitKind kind, double hoursPerCaseWeek, double reporting,
                                          double contactsPerDay, double travelHoursPerVisit) {
        double travel = kind.homeBased() ? 7 * contactsPerDay * travelHoursPerVisit : 0;
        return hoursPerCaseWeek * (1 + reporting) + travel;
    }

    /** When each unit next retries starts that its hours held back (+∞: none pending). */
    private double[] retryAt;

    /**
     * Opens every unit's time budget at the start of the run (ODD §7.10): contracted hours from its staff's FTE. Units
     * whose case slots the scenario fixes (verification queues, hospital beds) keep them; for the others the slot
     * count is nominal (the full cases the available hours would cover), used in reports and lending only.
     */
    public void openTimeBudgets() {
        retryAt = new double[m.units.size()];
        java.util.Arrays.fill(retryAt, Double.POSITIVE_INFINITY);
        for (ServiceUnit u : m.units) {
            u.time.open(m::now, u.totalFte());
            if (!u.fixedServers) u.servers = nominalSlots(u);
        }
        indicators.open();
    }

    private int nominalSlots(ServiceUnit u) {
        double h = caseHoursPerWeek(u, m.gov().get(Governance.Rule.REPORTING_BURDEN));
        if (h <= 0) return Integer.MAX_VALUE / 4;  // a case takes no hours: no limit (structural; /4 leaves room for sums)
        return Math.max(1, (int) Math.floor(u.time.available() / h + 1e-9));
    }

    /**
     * During a reform transition the reporting rule changes week by week: new cases take the new hours, and units try
     * to start what waits (cases already in service keep the hours they started with).
     */
    public void updateCapacity(double day) {
        for (ServiceUnit u : m.units) {
            if (u.fixedServers) continue;
            u.advance(m.now());
            u.servers = nominalSlots(u);
            tryStart(u);
        }
    }

    // ----------------------------------------------------------------------------------------------- queues

    /** A decided need joins its provider's queue (or a sibling's, under pooled budgets). */
    public void enqueue(Need n, ServiceUnit u) {
        Episode ep = n.episode;
        if (ep.ended()) return;
        if (discharge.holdUntilReady(n, u)) return;
        u = lend(n, u);
        n.queue(u, m.now());
        ep.touchUnit(u);
        join(n, u, discharge.firstInLine(ep, u));
    }

    /** A case joins the purchaser office's queue; a hospital patient's case goes before those of users at home (§7.5). */
    public void enqueue(OfficeCase c, ServiceUnit office) { join(c, office, discharge.firstInLine(c.episode(), office)); }

    /** The discharge chain, for the pathway's decisions on hospital patients (ODD §7.5). */
    DischargePlanning dischargePlanning() { return discharge; }

    /**
     * Hospital patients first (ODD §7.5): the item goes behind the items of patients in hospital already waiting and
     * ahead of every item of a user at home. Whether a waiting item is a hospital patient's is read now, so a patient
     * who has gone home meanwhile (another of the episode's services started) no longer goes first. O(queue length),
     * only for a hospital patient's item.
     */
    private static void aheadOfHome(WorkItem item, ArrayDeque<WorkItem> q) {
        if (q.isEmpty()) {
            q.add(item);
            return;
        }
        ArrayDeque<WorkItem> home = new ArrayDeque<>();
        ArrayDeque<WorkItem> hospital = new ArrayDeque<>();
        for (WorkItem w : q) (inHospital(w) ? hospital : home).add(w);
        q.clear();
        q.addAll(hospital);
        q.add(item);
        q.addAll(home);
    }

    private static boolean inHospital(WorkItem w) {
        return w instanceof OfficeCase o ? o.episode().inHospital : w instanceof Need n && n.episode.inHospital;
    }

    private void join(WorkItem item, ServiceUnit u) { join(item, u, false); }

    private void join(WorkItem item, ServiceUnit u, boolean first) {
        u.advance(m.now());
        if (first) aheadOfHome(item, queues.get(u.index));
        else queues.get(u.index).add(item);
        u.queued++;
        if (u.measuring()) u.arrivals++;
        tryStart(u);
    }

    /**
     * A full unit's case goes to a neighbouring unit of the same kind (the next home-care zone; with three units or
     * fewer, any other) that has room and nobody waiting, unless that neighbour has a budget of its own: it does not pay
     * for another unit's user (ODD §7.5, lending; {@link UnitIndicators#lends}). Only neighbours are asked, so the cost
     * does not grow with the number of units of the kind.
     */
    private ServiceUnit lend(Need n, ServiceUnit u) {
        if (hasRoom(u)) return u;
        List<ServiceUnit> siblings = m.zones().neighbours(u);
        if (siblings.isEmpty()) return u;
        for (ServiceUnit s : siblings) {
            if (s.queued == 0 && hasRoom(s) && indicators.lends(s)) {
                handOffs.transfer(n.episode, u, s, null, null, null, false);
                m.emit(EventType.LENDING, n.episode, s, null, u.id, 0, null);
                return s;
            }
        }
        return u;
    }

    public void directArrival(ServiceUnit u) {
        join(new DirectJob(m.now()), u);
    }

    /** Whether the unit could start one more full case now: a free slot, or enough uncommitted hours this week. */
    private boolean hasRoom(ServiceUnit u) {
        if (slotsOnly(u)) return u.busy < u.capacity();
        if (u.beds > 0 && u.busy >= u.beds) return false;
        return u.busy == 0 || u.time.free() >= caseHoursPerWeek(u, m.gov().get(Governance.Rule.REPORTING_BURDEN)) - 1e-9;
    }

    /** Hours committed by the item being started (set by {@link #tryStart}, read by the start handlers). */
    private double startingHours;
    /** Whether the item being started is rationed (thinned visits). */
    private boolean startingRationed;
    /** Share of the usual visit time of the item being started (shorter visits under pressure, ODD §7.13). */
    private double startingVisitShare = 1.0;
    /** The partner whose hours carry the item being started after a negotiation (ODD §7.13), or null. */
    private ServiceUnit startingHoursFrom;

    /**
     * Starts queued work while the unit has room (ODD §7.5, §7.10). A unit with slots fixed by the scenario starts while
     * fewer than that many are in service. Any other unit starts a case when its staff's uncommitted hours this week
     * cover the case's weekly hours (direct + reporting + travel); one-off hours spent this week (meetings,
     * assessments, hand-off work) are not available again before next Monday, when the unit tries again. A unit with
     * nothing in service always takes one case. Home care rations (thins visits) while people wait.
     */
    void tryStart(ServiceUnit u) {
        ArrayDeque<WorkItem> queue = queues.get(u.index);
        double reporting = m.gov().get(Governance.Rule.REPORTING_BURDEN);
        boolean slots = slotsOnly(u);
        while (!queue.isEmpty()) {
            double hours = 0;
            boolean rationed = false;
            double visitShare = 1.0;
            ServiceUnit holder = u;
            if (atBedLimit(u)) return;
            if (u.fixedServers) {
                if (u.busy >= u.capacity()) return;
            } else if (slots) {
                // Ablation: nominal slots, and home care takes up to a quarter more cases by thinning visits.
                int cap = u.capacity() + extraWhileWaiting(u, u.capacity());
                if (u.busy >= cap) return;
                hours = caseHoursPerWeek(u, reporting);
                if (u.busy >= u.capacity()) {
                    rationed = true;
                    hours /= 1 + m.scenario.pressure.maxRationing;
                }
            } else {
                visitShare = pressure.visitShare(u);
                hours = caseHoursPerWeek(u, reporting, visitShare);
                double free = u.time.free();
                if (u.kind.rationsWhenWaiting && (free < hours - 1e-9 || queue.size() > 1)) {
                    rationed = true;
                    hours /= 1 + m.scenario.pressure.maxRationing;
                }
                if (u.busy > 0 && free < hours - 1e-9) {
                    // Pressure responses (ODD §7.13): overtime within the statutory limit, a partner's hours, or the
                    // guarantee met with temporary staff, as the unit's governance allows.
                    if (free + pressure.overtimeAllowance(u) >= hours - 1e-9) {
                        m.emit(EventType.PRESSURE_RESPONSE, null, u, null, "overtime", hours, null);
                    } else if ((holder = pressure.negotiate(u, queue.peek(), hours)) == null) {
                        holder = u;
                        double due = guaranteeDue(u, queue.peek());
                        if (due > m.now()) {
                            awaitNextWeek(u, due);
                            return;
                        }
                        // The guarantee is due: the case starts on temporary staff's hours (overtime in the budget).
                        m.emit(EventType.TEMPORARY_STAFF, null, u, null, null, hours, null);
                    }
                }
            }
            if (!u.weekendIntake && Calendar.isWeekend(m.now())) {
                if (!u.startPending) {
                    u.startPending = true;
                    m.at(Calendar.nextWorkingTime(m.now()), Ordering.WORKDAY_START, () -> {
                        u.startPending = false;
                        tryStart(u);
                    });
                }
                return;
            }
            WorkItem item = pressure.next(u, queue);
            u.queued--;
            if (!item.stillWanted()) {
                u.advance(m.now());
                continue;
            }
            u.advance(m.now());
            u.busy++;
            if (!u.fixedServers) holder.time.commit(hours);
            if (u.measuring()) {
                u.started++;
                u.waitSum += m.now() - item.queuedAt();
            }
            startingHours = hours;
            startingRationed = rationed;
            startingVisitShare = visitShare;
            startingHoursFrom = holder == u ? null : holder;
            if (visitShare < 1) m.emit(EventType.PRESSURE_RESPONSE, null, u, null, "shorter_visits", visitShare, null);
            item.startWith(this, u, serviceTime(u));
        }
    }

    /**
     * Slots fixed by the scenario, or the ablation without the time budget (organisation.timeBudget false): the unit
     * starts up to its nominal slots whatever its other activities take; hours are still accounted.
     */
    /**
     * A short-term ward's beds bound its stays whatever its staff's hours allow: all beds taken, plus the extra stays it
     * doubles up while hospital patients wait (a quarter of its beds, like home care's rationing; ODD §7.5).
     */
    private boolean atBedLimit(ServiceUnit u) {
        if (u.beds <= 0) return false;
        return u.busy >= u.beds + extraWhileWaiting(u, u.beds);
    }

    /**
     * Extra cases a unit that rations while people wait (home care, short-term wards) takes on beyond {@code places}:
     * up to {@code pressure.max_rationing} of them, never more than are queued (ODD §7.5, §7.13); 0 for other units.
     */
    private int extraWhileWaiting(ServiceUnit u, int places) {
        return u.kind.rationsWhenWaiting ? Math.min((int) Math.floor(m.scenario.pressure.maxRationing * places), u.queued) : 0;
    }

    /** Share of the usual visits a case gets: fewer if it was started under rationing (ODD §7.13). */
    private double thin(Need n) {
        return n.rationed ? m.scenario.pressure.rationedVisitShare() : 1.0;
    }

    /** Direct hours a case held over {@code days} of service: thinned and cut to its visit share (ODD §7.10, §7.13). */
    private double directHours(Need n, ServiceUnit u, double days) {
        return days / 7.0 * u.hoursPerCaseWeek * thin(n) * n.visitShare;
    }

    private boolean slotsOnly(ServiceUnit u) {
        return u.fixedServers || !m.scenario.organisation.timeBudget;
    }

    /**
     * The unit's hours are used up: try again when the next week's hours open (Monday 00:00) or, for a unit bound to a
     * waiting-time guarantee, when the first case in line reaches it, whichever comes first. Cases and roles that end
     * retry on their own. One pending retry per unit; a later-due one is replaced by an earlier one.
     */
    private void awaitNextWeek(ServiceUnit u, double guaranteeDue) {
        double at = Math.min(u.time.nextWeek(), guaranteeDue);
        if (retryAt[u.index] <= at) return;
        retryAt[u.index] = at;
        m.at(at, Ordering.WORKDAY_START, () -> {
            if (retryAt[u.index] != at) return;  // superseded by an earlier retry
            retryAt[u.index] = Double.POSITIVE_INFINITY;
            tryStart(u);
        });
    }

    /**
     * When the first case in line is due under the waiting-time guarantee, or +∞ if the unit is not bound to one. A
     * share g.temporary_staff of provider units is bound (units chosen by a fixed low-discrepancy order of their
     * index, so that a mix binds the same units in every run); the purchaser office and units with fixed slots never.
     */
    private double guaranteeDue(ServiceUnit u, WorkItem head) {
        if (head == null || u.kind == no.samspill.core.units.UnitKind.PURCHASER_OFFICE || !pressure.temporaryStaff()) return Double.POSITIVE_INFINITY;
        double share = m.gov().get(Governance.Rule.TEMPORARY_STAFF);
        if (!GoldenOrder.within(GoldenOrder.position(u.index, 0), share)) return Double.POSITIVE_INFINITY;
        return head.queuedAt() + m.scenario.pressure.guaranteeDays;
    }

    private double serviceTime(ServiceUnit u) {
        MersenneTwisterFast r = rng();
        return switch (u.distribution) {
            case EXPONENTIAL -> Streams.exponential(r, u.meanServiceDays);
            case LOGNORMAL -> Streams.lognormal(r, u.meanServiceDays, m.scenario.delivery.serviceTimeCv);
            case FIXED -> u.meanServiceDays;
        };
    }

    /** Only a user's need is carried by a partner (ODD §7.13): any other item keeps its hours on its own unit. */
    private void ownHours(ServiceUnit u) {
        if (startingHoursFrom == null) return;
        startingHoursFrom.time.release(startingHours);
        u.time.commit(startingHours);
        startingHoursFrom = null;
    }

    @Override
    public void start(DirectJob j, ServiceUnit u, double dur) {
        ownHours(u);
        double hours = startingHours;
        m.at(m.now() + dur, Ordering.COMPLETION, () -> finish(u, j.queuedAt(), hours));
    }

    /** The office's case worker (drawn from the allocation stream, as all assessors are) assesses the case. */
    @Override
    public void start(OfficeCase c, ServiceUnit u, double dur) {
        ownHours(u);
        Professional cw = u.anyStaff(m.rng(Streams.Stream.ALLOCATION));
        double hours = startingHours;
        double reporting = m.gov().get(Governance.Rule.REPORTING_BURDEN);
        m.at(m.now() + dur, Ordering.COMPLETION, () -> {
            finish(u, c.queuedAt(), hours);
            if (cw != null) {
                // The case worker's committed hours: assessing the case and writing it up for the indicators.
                double direct = dur / 7.0 * u.hoursPerCaseWeek;
                m.record(cw, Activity.ASSESSMENT, direct);
                m.record(cw, Activity.REPORTING, direct * reporting);
            }
            pathway.officeCaseAssessed(c, u, cw);
        });
    }

    @Override
    public void start(Need n, ServiceUnit u, double dur) {
        n.rationed = startingRationed;
        n.visitShare = startingVisitShare;
        n.hoursFrom = startingHoursFrom;
        n.weeklyHours = startingHours;
        n.reportingShare = m.gov().get(Governance.Rule.REPORTING_BURDEN);
        startService(n, u, dur * n.durationFactor);
    }

    private void finish(ServiceUnit u, double arrived, double weeklyHours) {
        u.advance(m.now());
        u.busy--;
        if (!u.fixedServers) u.time.release(weeklyHours);
        if (u.measuring() && arrived >= u.measuredFrom) {
            u.completions++;
            u.sojournSum += m.now() - arrived;
            u.sojournCount++;
        }
        tryStart(u);
    }

    /** A hospital physician of the ward (the discharging doctor), or any staff member if it has none. */
    private Professional physician(ServiceUnit h) {
        List<Professional> docs = new java.util.ArrayList<>();
        for (Professional p : h.staff) if (p.profession == no.samspill.core.units.Profession.HOSPITAL_PHYSICIAN) docs.add(p);
        if (docs.isEmpty()) return h.anyStaff(m.rng(Streams.Stream.ALLOCATION));
        return docs.get(rng().nextInt(docs.size()));
    }

    private void startService(Need n, ServiceUnit u, double dur) {
        Episode ep = n.episode;
        double now = m.now();
        // a returning user who has been served here before keeps their primary contact (ODD §7.5, §7.12)
        n.knownPrimary = ep.returning && ep.user.primaryIn(u.index) != null;
        n.start(assignment.primary(ep.user, u), now);  // the user's primary contact in the unit (ODD §7.5)
        if (n.primary != null) {
            n.primary.caseload++;
            ep.touchProfessional(n.primary.id);
        }
        double floor = m.scenario.fit.fitFloor;
        if (n.rationed) n.fit = Math.max(floor, n.fit - m.scenario.pressure.rationingFitLoss);
        if (n.visitShare < 1) n.fit = Math.max(floor, n.fit - pressure.shortVisitFitLoss());
        if (ep.lostSinceDecision) {
            n.fit = Math.max(floor, n.fit - Fit.lossAfterDecision(m.scenario.fit));
            ep.lostSinceDecision = false;
        }
        ep.lastStart = now;
        n.earlyHandOff = rng().nextDouble() < indicators.earlyHandOffProbability(u);
        final double duration = n.earlyHandOff ? dur * m.scenario.indicators.earlyHandoffCompletedShare : dur;
        ep.user.advanceServices(now, m.warmup);
        ep.user.activeServices++;
        m.emit(EventType.SERVICE_START, ep, n, u, n.primary, n.service.name(), now - n.queuedAt, 0, null);
        if (ep.inHospital) transferFromHospital(ep);
        m.at(now + duration, Ordering.COMPLETION, () -> completeService(n, u, duration));
    }

    private void completeService(Need n, ServiceUnit u, double dur) {
        if (n.state() != Need.State.IN_SERVICE) return;  // the user died in service: the slot was freed then
        Episode ep = n.episode;
        double now = m.now();
        finish(u, n.queuedAt, n.hoursFrom == null ? n.weeklyHours : 0);
        if (n.hoursFrom != null) {
            // The partner that carried the case after a negotiation (ODD §7.13) has its weekly hours back.
            n.hoursFrom.time.release(n.weeklyHours);
            tryStart(n.hoursFrom);
        }
        if (n.primary != null) n.primary.caseload--;
        if (ep.ended()) return;
        int contacts = 1 + (int) Math.round(dur * u.contactsPerDay);
        assignment.visits(ep, n, u, contacts, u.contactsPerDay);  // who came: roster and assignment rule (ODD §7.5)
        // The hours the case held in the budget while it ran, recorded by activity (ODD §7.10).
        double direct = directHours(n, u, dur);
        if (n.primary != null) {
            m.record(n.primary, Activity.DIRECT, direct);
            m.record(n.primary, Activity.REPORTING, direct * n.reportingShare);
            if (u.kind.homeBased()) {
                m.record(n.primary, Activity.TRAVEL, dur * u.contactsPerDay * u.travelHoursPerVisit * thin(n));
            }
        }
        health.serviceCompleted(n, n.earlyHandOff ? m.scenario.indicators.earlyHandoffCompletedShare : 1.0);
        ep.user.advanceServices(now, m.warmup);
        ep.user.activeServices--;
        n.finish(now);
        m.emit(EventType.SERVICE_END, ep, u, n.primary, n.service.name(), dur, n.earlyHandOff ? "early" : null);
        if (n.earlyHandOff) {
            // The rest of the need is handed on: a new need at the same stage, to be referred (003A §7 items 1–2).
            ServiceType rest = switch (n.service) {
                case EVERYDAY_REHAB, SHORT_TERM_STAY -> ServiceType.HOME_CARE;
                default -> ServiceType.GP_FOLLOW_UP;
            };
            Need follow = new Need(ep, rest, now, n.stage);
            follow.durationFactor = m.scenario.indicators.earlyHandoffResidualShare;
            ep.needs.add(follow);
        }
        pathway.needFinished(ep, n, u, n.primary);
    }

    // ----------------------------------------------------------------------------------------------- hospital

    /**
     * Hospital admission (ODD §7.5, beds and the overflow rule): the patient takes a free bed, or, when the ward is full,
     * a corridor bed or a bed on another ward ({@link Beds}); admissions are never turned away. The length of stay is
     * cut short when the ward is crowded ("sooner and sicker", P8). With the admission notice the municipality is told
     * now and starts its assessment during the stay ({@link DischargePlanning}).
     */
    public void admitToHospital(Episode ep) {
        ServiceUnit h = m.unitFor(Role.HOSPITAL, ep.user);
        if (h == null) {
            ep.startUnmet(m.now());
            detection.onset(ep);
            return;
        }
        ep.inHospital = true;
        ep.hospital = h;
        ep.admitted = m.now();
        h.advance(m.now());
        h.busy++;
        if (h.measuring()) h.arrivals++;
        // Pressure comes from the patients under treatment against the ward's beds (Beds.occupancy). Those ready for
        // discharge and waiting for the municipality hold beds and push admissions into the corridor (P8), but do not
        // make the ward send others home sooner (ODD §7.5). Unlimited beds (the ablation) never press.
        double occupancy = Beds.occupancy(h);
        no.samspill.core.config.HealthConfig hc = m.scenario.health;
        double pressure = Beds.stayFactor(hc, occupancy);
        double los = Streams.lognormal(rng(), h.meanServiceDays * pressure, hc.lengthOfStayCv);
        // Discharged sooner and sicker: a shortened stay leaves function lower (001 §5.2).
        ep.user.functional = Math.max(0, ep.user.functional - hc.sickerFunctionLoss * (1 - pressure) / hc.bedMaxStayCut);
        // ... and a patient sent out early who would have gone straight home may first need a short-term bed.
        if (pressure < 1 && m.rng(Streams.Stream.HEALTH).nextDouble() < hc.sickerShortTermProbability * (1 - pressure) / hc.bedMaxStayCut) {
            needsShortTermFirst(ep);
        }
        m.emit(EventType.ADMISSION, ep, h, null, null, occupancy, null);
        m.at(m.now() + los, Ordering.COMPLETION, () -> readyForDischarge(ep, h));
        if (discharge.noticeOnAdmission()) {
            // The admission notice (003A §2.4): the ward's physician refers the episode's needs to the municipality now.
            Professional doctor = physician(h);
            discharge.visitIfAgreed(ep, doctor);
            pathway.refer(ep, h, doctor);
        }
    }

    /** Puts a short-term stay before the episode's home services (they move one stage later). */
    private static void needsShortTermFirst(Episode ep) {
        for (Need n : ep.needs) if (n.service == ServiceType.SHORT_TERM_STAY) return;
        for (Need n : ep.needs) n.stage++;
        ep.needs.add(0, new Need(ep, ServiceType.SHORT_TERM_STAY, ep.admitted, 0));
    }

    /**
     * The patient is ready for discharge: the ward notifies the municipality. With the admission notice the needs
     * decided during the stay now join their providers' queues; without it the ward's physician refers them now.
     * The patient holds the bed until the first municipal service starts (delayed discharge).
     */
    private void readyForDischarge(Episode ep, ServiceUnit h) {
        if (ep.ended()) {  // the patient died in the bed, which was freed then; drop what was decided for them
            discharge.release(ep, (n, u) -> { });
            return;
        }
        ep.readyForDischarge = m.now();
        h.readyWaiting++;
        ep.startUnmet(m.now());
        Professional doctor = physician(h);
        if (!discharge.noticeOnAdmission()) discharge.visitIfAgreed(ep, doctor);
        m.emit(EventType.READY_FOR_DISCHARGE, ep, h, doctor, null, 0, ep.dischargeVisit ? "visit" : "written");
        if (discharge.noticeOnAdmission()) {
            discharge.release(ep, this::enqueue);
            discharge.answerReadyNotice(ep);
            if (endAtReady.remove(ep)) {
                endEpisode(ep);
                return;
            }
        }
        // The ready-for-discharge notice (003A §2.4): the ward refers what is not yet in the municipality's hands. With
        // the admission notice that is only a need that fell between chairs or was sent back during the stay.
        pathway.refer(ep, h, doctor);
        if (!ep.ended() && ep.inHospital && nothingToWaitFor(ep)) transferFromHospital(ep);
    }

    private static boolean nothingToWaitFor(Episode ep) {
        for (Need n : ep.needs) if (n.stage == 0 && !n.terminal()) return false;
        return true;
    }

    void transferFromHospital(Episode ep) {
        if (!ep.inHospital) return;
        ep.applyUnmet(m.now());  // the transfer reads the unmet time so far
        ep.inHospital = false;
        ep.transferred = m.now();
        if (!Double.isNaN(ep.readyForDischarge)) ep.hospital.readyWaiting--;
        ep.unmetAtTransfer = ep.unmetNeedDays;
        ServiceUnit h = ep.hospital;
        finish(h, ep.admitted, 0);
        double los = m.now() - ep.admitted;
        int contacts = 1 + (int) Math.round(los * h.contactsPerDay);
        MersenneTwisterFast r = rng();
        for (int i = 0; i < contacts && !h.staff.isEmpty(); i++) {
            Professional p = h.staff.get(r.nextInt(h.staff.size()));
            m.contacts(ep, p, 1);
            ep.touchProfessional(p.id);
        }
        if (!h.staff.isEmpty()) m.record(h.staff.get(r.nextInt(h.staff.size())), Activity.DIRECT, los / 7.0 * h.hoursPerCaseWeek);
        ep.touchUnit(h);
        m.emit(EventType.TRANSFER, ep, h, null, null, ep.delayedDischargeDays(), null);
        health.discharged(ep);
    }

    // ----------------------------------------------------------------------------------------------- episode end

    public void endEpisode(Episode ep) {
        if (ep.ended()) return;
        if (ep.inHospital && Double.isNaN(ep.readyForDischarge)) {
            // Every need closed during the stay (not eligible, no provider): the patient still finishes treatment.
            endAtReady.add(ep);
            return;
        }
        if (ep.inHospital) transferFromHospital(ep);
        ep.end(m.now());
        List<ServiceUnit> holders = new ArrayList<>(ep.coordinators.size());
        for (no.samspill.core.agents.Coordinator c : ep.coordinators) holders.add(c.holder.unit);
        coordination.release(ep);  // also ends the episode's count as coordinated (a team plan's included)
        for (ServiceUnit h : holders) tryStart(h);  // the coordinators' weekly hours are free again
        // Own goals addressed: known goals are addressed with the fit of the services; unknown ones seldom (001 §2.7).
        MersenneTwisterFast r = m.rng(Streams.Stream.HEALTH);
        double fitSum = 0;
        int started = 0;
        for (Need n : ep.needs) if (!Double.isNaN(n.started)) { fitSum += n.fit; started++; }
        double meanFit = started == 0 ? 0 : fitSum / started;
        double p = ep.goalsKnown ? meanFit : m.scenario.involvement.goalsAddressedWhenUnknown * meanFit;
        ep.goalsTotal = ep.user.goals;
        ep.goalsAddressed = Streams.binomial(r, ep.user.goals, p);
        ep.functionalEnd = ep.user.functional;
        m.emit(EventType.EPISODE_END, ep, null, null, null, ep.functionalEnd - ep.functionalStart, null);
        if (episodeEnded != null) episodeEnded.accept(ep);  // the known users' history learns from it (ODD §7.12)
    }

    /** Told of every episode that ends with the user alive (set once, before the run, by the population). */
    private java.util.function.Consumer<Episode> episodeEnded;

    public void onEpisodeEnd(java.util.function.Consumer<Episode> hook) { this.episodeEnded = hook; }

    /**
     * The user died (ODD §7.12): the episode ends now. A hospital bed is freed at once (not a transfer: no discharge,
     * no readmission hazard); services in progress stop and free their slots and hours (the hours used so far are
     * recorded); every open need closes as DIED; coordinators are released as at any episode end.
     */
    void endAtDeath(Episode ep) {
        if (ep.ended()) return;
        double now = m.now();
        endAtReady.remove(ep);
        if (ep.inHospital) {
            ep.applyUnmet(now);
            ep.inHospital = false;
            ep.diedInHospital = now;
            if (!Double.isNaN(ep.readyForDischarge)) ep.hospital.readyWaiting--;
            finish(ep.hospital, ep.admitted, 0);
        }
        for (Need n : ep.needs) {
            if (n.state() == Need.State.IN_SERVICE) {
                ServiceUnit u = n.unit;
                if (n.primary != null) {
                    n.primary.caseload--;
                    double direct = directHours(n, u, now - n.started);
                    m.record(n.primary, Activity.DIRECT, direct);
                    m.record(n.primary, Activity.REPORTING, direct * n.reportingShare);
                }
                ep.user.advanceServices(now, m.warmup);
                ep.user.activeServices--;
                n.closeAtDeath(now);
                // the case's weekly hours go back where they are held: a partner that carried it (ODD §7.13), as at
                // a completion
                finish(u, n.queuedAt, n.hoursFrom == null ? n.weeklyHours : 0);
                if (n.hoursFrom != null) {
                    n.hoursFrom.time.release(n.weeklyHours);
                    tryStart(n.hoursFrom);
                }
            } else if (!n.terminal()) {
                n.closeAtDeath(now);
            }
        }
        ep.endedByDeath = true;
        endEpisode(ep);
    }
}
