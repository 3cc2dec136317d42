package no.samspill.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.units.Professional;
import no.samspill.core.agents.ServiceType;
import no.samspill.core.agents.User;
import no.samspill.core.units.Activity;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.core.world.World;

/**
 * Observes a model: counts the events of measured episodes and computes every metric of docs/ODD.md §4.11 at the
 * end, per episode, per user, per unit and overall (the time series is {@link TimeSeries}, another observer). Formulas are in docs/ODD.md §4.11 and docs/metrics.md.
 */
public final class MetricsCollector implements Observer {
    /** Cost of a professional hour (NOK, incl. social costs; order of magnitude, assumption). */
    public static final double NOK_PER_HOUR = 700;
    /** Municipal payment per delayed-discharge day (Samhandlingsreformen 2012, peers-and-pitfalls §B.3). */
    public static final double NOK_PER_DELAYED_DAY = 4000;

    /**
     * What the events of each measured episode add up to, in the order the episodes started. Measured episodes have
     * consecutive ids (ids rise with time and measuring starts once), so an episode's tally is at id − first id.
     */
    private final List<Tally> tallies = new ArrayList<>();
    private int firstId = -1;
    /** Involvement per user (index = user id): level sum and decisions over measured episodes. */
    private double[] userLevelSum = new double[64];
    private int[] userDecisions = new int[64];
    /** Users with at least one measured episode (index = user id). */
    private boolean[] userMeasured = new boolean[64];

    private Result result;
    /** The persistent population (ODD §7.12): deaths of users 67+ after warm-up, recurrences, and the services
     *  started for returning users, with those by a professional who had served them before. */
    private double warmup;
    private int deaths67, recurrences, returningStarts, knownPrimaryStarts;

    /** What the events of one measured episode add up to. */
    private static final class Tally {
        final Episode ep;
        int handoffs, infoLoss, repeatedStory, duplicatedAssessments, pingPong, followUpFailures;
        int decisions, decisionsWithUser, optionsPresented, influenceDecisions;
        int assessments, rejectedAfterAssessment, servicesStarted, illFitting;
        boolean rehabTurnedDown;
        double gapDays, involvementSum;
        final List<Double> waitsToAssessment = new ArrayList<>(2);
        final List<Double> waitsToStart = new ArrayList<>(2);

        Tally(Episode ep) { this.ep = ep; }
    }

    @Override
    public void started(World world) {
        tallies.clear();
        firstId = -1;
        java.util.Arrays.fill(userLevelSum, 0);
        java.util.Arrays.fill(userDecisions, 0);
        java.util.Arrays.fill(userMeasured, false);
        result = null;
        warmup = world.warmup;
        deaths67 = recurrences = returningStarts = knownPrimaryStarts = 0;
    }

    /**
     * Counts what happens to measured episodes. This is the one place where warm-up is filtered out of the
     * episode metrics: an event counts when its episode started after warm-up ({@link Event#measured()}).
     */
    @Override
    public boolean wants(EventType type) { return COUNTED.contains(type); }

    /** The event types the episode metrics are counted from. */
    private static final java.util.Set<EventType> COUNTED = java.util.EnumSet.of(EventType.EPISODE_START,
            EventType.HANDOFF, EventType.DUPLICATED_ASSESSMENT, EventType.COORDINATOR, EventType.DECISION,
            EventType.PING_PONG, EventType.FOLLOW_UP_FAILURE, EventType.GAP_CLOSED, EventType.ASSESSMENT,
            EventType.SERVICE_START, EventType.NOT_SUITED_FOR_REHAB, EventType.DEATH, EventType.RECURRENCE);

    @Override
    public void event(Event e) {
        if (e.type() == EventType.DEATH) {  // a population event: counted by when it happens, whatever the episode
            if (e.day() >= warmup && e.value() >= 67) deaths67++;
            return;
        }
        Episode ep = e.episode();
        if (ep == null || !e.measured()) return;
        Tally t;
        if (e.type() == EventType.EPISODE_START) {
            if (firstId < 0) firstId = ep.id;
            if (ep.id - firstId != tallies.size()) throw new IllegalStateException("measured episode ids are not consecutive");
            tallies.add(new Tally(ep));
            int u = ep.user.id;
            if (u >= userMeasured.length) userMeasured = java.util.Arrays.copyOf(userMeasured, Math.max(u + 1, 2 * userMeasured.length));
            userMeasured[u] = true;
            return;
        }
        t = tallies.get(ep.id - firstId);
        switch (e.type()) {
            case HANDOFF -> {
                t.handoffs += e.count();
                if (e.value() > 0) {
                    t.infoLoss++;
                    t.repeatedStory++;
                }
            }
            case DUPLICATED_ASSESSMENT -> t.duplicatedAssessments++;
            case COORDINATOR -> {
                t.handoffs++;
                if (e.count() >= 2) t.repeatedStory++;
            }
            case DECISION -> {
                int level = (int) e.value();
                boolean present = e.count() > 0;
                t.decisions++;
                t.involvementSum += level;
                if (present) t.decisionsWithUser++;
                t.optionsPresented += present ? e.count() : 1;
                if (level >= 2) t.influenceDecisions++;
                int u = ep.user.id;
                if (u >= userDecisions.length) {
                    int n = Math.max(u + 1, userDecisions.length * 2);
                    userDecisions = java.util.Arrays.copyOf(userDecisions, n);
                    userLevelSum = java.util.Arrays.copyOf(userLevelSum, n);
                }
                userLevelSum[u] += level;
                userDecisions[u]++;
            }
            case PING_PONG -> t.pingPong++;
            case FOLLOW_UP_FAILURE -> t.followUpFailures++;
            case NOT_SUITED_FOR_REHAB -> t.rehabTurnedDown = true;
            case GAP_CLOSED -> t.gapDays += e.value();
            case ASSESSMENT -> {
                t.assessments++;
                if (!Double.isNaN(e.value())) t.waitsToAssessment.add(e.value());
                if (e.count() == 0) t.rejectedAfterAssessment++;
            }
            case RECURRENCE -> recurrences++;
            case SERVICE_START -> {
                Need n = e.need();
                t.servicesStarted++;
                if (ep.returning) {
                    returningStarts++;
                    if (n.knownPrimary) knownPrimaryStarts++;
                }
                if (n.fit < 0.5) t.illFitting++;
                if (!Double.isNaN(n.decided)) t.waitsToStart.add(e.day() - n.decided);
            }
            default -> { }
        }
    }

    static double knowledge(World m, double day) {
        double s = 0;
        long n = 0;
        for (Professional p : m.professionals) {
            for (ServiceUnit u : m.units) {
                if (u == p.unit) continue;
                s += p.knowledgeOf(u.index, day);
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    static double trust(World m) {
        double s = 0;
        long n = 0;
        for (ServiceUnit a : m.units) for (ServiceUnit b : m.units) if (a != b) { s += m.link(a, b).trust; n++; }
        return n == 0 ? Double.NaN : s / n;
    }

    static double maturity(World m) {
        double s = 0;
        for (ServiceUnit u : m.units) s += u.maturity;
        return m.units.isEmpty() ? Double.NaN : s / m.units.size();
    }

    @Override
    public void finished(World m, double day) { result = finish(m, day); }

    /** The results of the last run that finished; null before one has. */
    public Result result() { return result; }

    /** Computes the run's results as of {@code end}. */
    Result finish(World m, double end) {
        int minContacts = m.scenario.run.minContactsForContinuity;
        for (Tally t : tallies) if (!t.ep.ended()) t.ep.applyUnmet(end);
        for (User u : m.users) u.advanceServices(end, m.warmup);

        // --- per episode
        List<EpisodeStats> episodeStats = new ArrayList<>();
        // waits still running at the horizon are right-censored, not dropped (docs/output-analysis.md §4)
        CensoredSample waitAssess = new CensoredSample();
        CensoredSample waitStart = new CensoredSample();
        CensoredSample dischargeDelay = new CensoredSample();
        Stats.DoubleList pathway = new Stats.DoubleList();
        double handoffs = 0, loss = 0, story = 0, dup = 0, pingPong = 0, gap = 0, unmet = 0, failures = 0;
        double profs = 0, units = 0, decisions = 0, levelSum = 0, withUser = 0, options = 0, influence = 0;
        double goalsAddr = 0, goalsTotal = 0, assessments = 0, rejected = 0, illFit = 0, started = 0;
        double delayedDays = 0, readmitted = 0, readmitEligible = 0, funcChange = 0, ended = 0;
        double readyCount = 0, readyNoDelay = 0, delayedCount = 0, delayedSum = 0, admissions = 0, discharges = 0, readmissions = 0;
        double admissions67 = 0, discharges67 = 0, readmissions67 = 0;
        double userDays = 0;
        java.util.Set<Integer> rehabUsers = new java.util.HashSet<>();
        java.util.Set<Integer> rehabTurnedDown = new java.util.HashSet<>();
        java.util.Set<Integer> userIds = new java.util.HashSet<>();
        for (Tally t : tallies) {
            Episode ep = t.ep;
            userIds.add(ep.user.id);
            userDays += (ep.ended() ? Math.min(ep.end, end) : end) - ep.start;
            handoffs += t.handoffs;
            loss += t.infoLoss;
            story += t.repeatedStory;
            dup += t.duplicatedAssessments;
            pingPong += t.pingPong;
            gap += t.gapDays;
            unmet += ep.unmetNeedDays;
            failures += t.followUpFailures;
            profs += ep.distinctProfessionals();
            units += ep.distinctUnits();
            decisions += t.decisions;
            levelSum += t.involvementSum;
            withUser += t.decisionsWithUser;
            options += t.optionsPresented;
            influence += t.influenceDecisions;
            assessments += t.assessments;
            rejected += t.rejectedAfterAssessment;
            illFit += t.illFitting;
            started += t.servicesStarted;
            for (double w : t.waitsToAssessment) waitAssess.add(w);
            for (double w : t.waitsToStart) waitStart.add(w);
            waitAssess.addOpen(OpenWaits.toAssessment(ep, end));
            OpenWaits.toStart(ep, end, waitStart);
            if (!Double.isNaN(ep.firstReferral) && !Double.isNaN(ep.lastStart)) pathway.add(ep.lastStart - ep.firstReferral);
            for (Need n : ep.needs) if (n.service == ServiceType.EVERYDAY_REHAB && !Double.isNaN(n.started)) rehabUsers.add(ep.user.id);
            if (t.rehabTurnedDown) rehabTurnedDown.add(ep.user.id);
            if (ep.ended()) {
                goalsAddr += ep.goalsAddressed;
                goalsTotal += ep.goalsTotal;
                funcChange += ep.functionalEnd - ep.functionalStart;
                ended++;
            }
            double stillDelayed = OpenWaits.dischargeDelay(ep, end);
            if (ep.type == EpisodeType.HOSPITAL_DISCHARGE) {
                if (!Double.isNaN(ep.admitted)) admissions++;
                if (!Double.isNaN(ep.transferred)) discharges++;
                if (ep.readmitted30d) readmissions++;
                if (!Double.isNaN(ep.admitted) && ep.user.age(ep.admitted) >= 67) admissions67++;
                if (!Double.isNaN(ep.transferred) && ep.user.age(ep.transferred) >= 67) {
                    discharges67++;
                    if (ep.readmitted30d) readmissions67++;
                }
                // ready for discharge: left hospital (transferred, or died in the bed), or still waiting at the horizon
                // (counted once a day has passed)
                boolean left = !Double.isNaN(ep.transferred) || !Double.isNaN(ep.diedInHospital);
                double d = left ? ep.delayedDischargeDays() : stillDelayed;
                if (!Double.isNaN(ep.readyForDischarge) && (left || d >= 1)) {
                    readyCount++;
                    if (d < 1) readyNoDelay++;
                    else { delayedCount++; delayedSum += d; }
                }
            }
            if (!Double.isNaN(stillDelayed)) {
                // ready for discharge and still in hospital: the bed-days so far count (and are paid for)
                dischargeDelay.addOpen(stillDelayed);
                delayedDays += stillDelayed;
            }
            if (ep.type == EpisodeType.HOSPITAL_DISCHARGE && Double.isNaN(ep.transferred) && !Double.isNaN(ep.diedInHospital)) {
                delayedDays += ep.delayedDischargeDays();  // died while waiting: the bed-days up to death
                if (!Double.isNaN(ep.readyForDischarge)) dischargeDelay.add(ep.delayedDischargeDays());
            }
            if (ep.type == EpisodeType.HOSPITAL_DISCHARGE && !Double.isNaN(ep.transferred)) {
                delayedDays += ep.delayedDischargeDays();
                dischargeDelay.add(ep.delayedDischargeDays());
                if (ep.transferred + 30 <= end) {
                    readmitEligible++;
                    if (ep.readmitted30d) readmitted++;
                }
            }
            episodeStats.add(new EpisodeStats(ep.id, ep.user.id, ep.type.name(), ep.complexity.name(), ep.user.lowResource,
                    ep.start, ep.end, t.handoffs, t.infoLoss, t.repeatedStory, t.duplicatedAssessments,
                    ep.distinctProfessionals(), ep.distinctUnits(), t.pingPong, t.gapDays,
                    t.waitsToAssessment.isEmpty() ? Double.NaN : t.waitsToAssessment.get(0),
                    t.waitsToStart.isEmpty() ? Double.NaN : t.waitsToStart.get(0),
                    ep.delayedDischargeDays(), t.decisions == 0 ? Double.NaN : t.involvementSum / t.decisions,
                    ep.readmitted30d, ep.ended() ? ep.functionalEnd - ep.functionalStart : Double.NaN, ep.unmetNeedDays));
        }
        int nEp = tallies.size();

        // --- per user
        List<UserStats> userStats = new ArrayList<>();
        double cocSum = 0, upcSum = 0;
        int cocN = 0;
        double concurrent = 0, uncoordinated = 0;
        double lowLevel = 0, lowDec = 0, highLevel = 0, highDec = 0;
        for (User u : m.users) {
            if (u.id >= userMeasured.length || !userMeasured[u.id]) continue;
            int[] counts = u.contactCounts();
            double coc = Double.NaN, upc = Double.NaN;
            if (u.contacts() >= minContacts) {
                coc = ContinuityIndices.coc(counts);
                upc = ContinuityIndices.upc(counts);
                cocSum += coc;
                upcSum += upc;
                cocN++;
            }
            concurrent += u.concurrentDays;
            uncoordinated += u.uncoordinatedDays;
            double uLevel = u.id < userLevelSum.length ? userLevelSum[u.id] : 0;
            int uDecisions = u.id < userDecisions.length ? userDecisions[u.id] : 0;
            if (u.lowResource) { lowLevel += uLevel; lowDec += uDecisions; }
            else { highLevel += uLevel; highDec += uDecisions; }
            userStats.add(new UserStats(u.id, u.lowResource, u.contacts(), u.distinctProfessionals(), coc, upc,
                    uDecisions == 0 ? Double.NaN : uLevel / uDecisions));
        }

        // --- per unit and hours
        double[] hours = new double[Activity.values().length];
        List<UnitStats> unitStats = new ArrayList<>();
        double queueSum = 0, hospitalDays = 0, corridorDays = 0, outlyingDays = 0;
        for (ServiceUnit u : m.units) {
            if (u.kind.hospital) {
                double s = u.span(end);
                hospitalDays += u.meanBusy(end) * s;
                corridorDays += u.meanCorridor(end) * s;
                outlyingDays += (u.meanOverflow(end) - u.meanCorridor(end)) * s;
            }
            double uh = 0, uc = 0;
            for (Professional p : u.staff) {
                for (Activity a : Activity.values()) {
                    hours[a.ordinal()] += p.hours[a.ordinal()];
                    uh += p.hours[a.ordinal()];
                }
                uc += p.hours[Activity.COORDINATION.ordinal()] + p.hours[Activity.MEETINGS.ordinal()];
            }
            double span = u.span(end);
            double lq = u.meanQueue(end);
            u.time.settle(end);
            queueSum += lq;
            unitStats.add(new UnitStats(u.id, u.kind.name(), u.servers, u.arrivals, u.completions,
                    Stats.ratio(u.waitSum, u.started), lq, u.meanInSystem(end), span > 0 ? u.arrivals / span : Double.NaN,
                    Stats.ratio(u.sojournSum, u.sojournCount), u.utilisation(end), u.meanOverflow(end), uh, uc,
                    u.time.availableHours(), u.time.idleHours(), u.time.overtimeHours()));
        }
        double hoursTotal = 0;
        for (double h : hours) hoursTotal += h;
        double years = (end - m.warmup) / 365.0;

        Map<String, Double> v = new LinkedHashMap<>();
        put(v, Metric.EPISODES, nEp);
        put(v, Metric.USERS, userIds.size());
        double per1000Year67 = years <= 0 || m.inhabitants <= 0 || m.scenario.population.share67Plus <= 0 ? Double.NaN
                : 1.0 / (m.inhabitants * m.scenario.population.share67Plus / 1000.0) / years;
        put(v, Metric.EPISODES_PER_USER, Stats.ratio(nEp, userIds.size()));
        put(v, Metric.RECURRENCES_PER_1000, years <= 0 || m.inhabitants <= 0 ? Double.NaN : recurrences / (m.inhabitants / 1000.0) / years);
        put(v, Metric.DEATHS_PER_1000_67PLUS, deaths67 * per1000Year67);
        put(v, Metric.KNOWN_PRIMARY_SHARE, Stats.ratio(knownPrimaryStarts, returningStarts));
        put(v, Metric.USERS_SERVED_REHAB, rehabUsers.size());
        put(v, Metric.USERS_TURNED_DOWN_REHAB, rehabTurnedDown.size());
        put(v, Metric.REJECTED_AFTER_ASSESSMENT_SHARE, Stats.ratio(rejected, assessments));
        put(v, Metric.FRAGMENTATION_INDEX, cocN == 0 ? Double.NaN : 1 - cocSum / cocN);
        put(v, Metric.COC_MEAN, cocN == 0 ? Double.NaN : cocSum / cocN);
        put(v, Metric.UPC_MEAN, cocN == 0 ? Double.NaN : upcSum / cocN);
        put(v, Metric.DISTINCT_PROFESSIONALS_PER_EPISODE, Stats.ratio(profs, nEp));
        put(v, Metric.DISTINCT_UNITS_PER_EPISODE, Stats.ratio(units, nEp));
        put(v, Metric.HANDOFFS_PER_EPISODE, Stats.ratio(handoffs, nEp));
        put(v, Metric.INFO_LOSS_PER_EPISODE, Stats.ratio(loss, nEp));
        put(v, Metric.REPEATED_STORY_PER_EPISODE, Stats.ratio(story, nEp));
        put(v, Metric.DUPLICATED_ASSESSMENTS_PER_EPISODE, Stats.ratio(dup, nEp));
        put(v, Metric.UNCOORDINATED_CONCURRENT_SHARE, Stats.ratio(uncoordinated, concurrent));
        put(v, Metric.PING_PONG_PER_100_EPISODES, 100 * Stats.ratio(pingPong, nEp));
        put(v, Metric.GAP_DAYS_PER_EPISODE, Stats.ratio(gap, nEp));
        double tau = end - m.warmup; // the longest wait a measured episode can have
        put(v, Metric.WAIT_TO_ASSESSMENT_MEAN_DAYS, waitAssess.mean(tau));
        put(v, Metric.WAIT_TO_ASSESSMENT_P90_DAYS, waitAssess.quantile(0.9));
        put(v, Metric.WAIT_TO_START_MEAN_DAYS, waitStart.mean(tau));
        put(v, Metric.WAIT_TO_START_MEDIAN_DAYS, waitStart.quantile(0.5));
        put(v, Metric.WAIT_TO_START_P90_DAYS, waitStart.quantile(0.9));
        put(v, Metric.PATHWAY_TIME_MEAN_DAYS, pathway.mean());
        put(v, Metric.PATHWAY_TIME_P90_DAYS, pathway.percentile(0.9));
        put(v, Metric.DELAYED_DISCHARGE_DAYS_MEAN, dischargeDelay.mean(tau));
        put(v, Metric.DELAYED_DISCHARGE_DAYS_PER_1000, years <= 0 ? Double.NaN : delayedDays / (m.inhabitants / 1000.0) / years);
        double per1000Year = years <= 0 || m.inhabitants <= 0 ? Double.NaN : 1.0 / (m.inhabitants / 1000.0) / years;
        put(v, Metric.DISCHARGE_READY_NO_DELAY_SHARE, Stats.ratio(readyNoDelay, readyCount));
        put(v, Metric.DELAYED_DISCHARGE_DAYS_MEAN_IF_DELAYED, Stats.ratio(delayedSum, delayedCount));
        put(v, Metric.HOSPITAL_ADMISSIONS_PER_1000, admissions * per1000Year);
        put(v, Metric.HOSPITAL_DISCHARGES_PER_1000, discharges * per1000Year);
        put(v, Metric.READMISSIONS_30D_PER_1000, readmissions * per1000Year);
        put(v, Metric.HOSPITAL_ADMISSIONS_PER_1000_67PLUS, admissions67 * per1000Year67);
        put(v, Metric.HOSPITAL_DISCHARGES_PER_1000_67PLUS, discharges67 * per1000Year67);
        put(v, Metric.READMISSIONS_30D_PER_1000_67PLUS, readmissions67 * per1000Year67);
        put(v, Metric.CORRIDOR_PATIENT_SHARE, Stats.ratio(corridorDays, hospitalDays));
        put(v, Metric.OUTLYING_PATIENT_SHARE, Stats.ratio(outlyingDays, hospitalDays));
        put(v, Metric.QUEUE_LENGTH_MEAN, queueSum);
        put(v, Metric.INVOLVEMENT_MEAN_LEVEL, Stats.ratio(levelSum, decisions));
        put(v, Metric.INVOLVEMENT_INFLUENCE_SHARE, Stats.ratio(influence, decisions));
        put(v, Metric.PLANS_WITH_USER_SHARE, Stats.ratio(withUser, decisions));
        put(v, Metric.OPTIONS_PRESENTED_MEAN, Stats.ratio(options, decisions));
        put(v, Metric.OWN_GOALS_ADDRESSED_SHARE, Stats.ratio(goalsAddr, goalsTotal));
        put(v, Metric.INVOLVEMENT_GAP, Stats.ratio(highLevel, highDec) - Stats.ratio(lowLevel, lowDec));
        put(v, Metric.READMISSION_30D_RATE, Stats.ratio(readmitted, readmitEligible));
        put(v, Metric.FUNCTIONAL_CHANGE_MEAN, Stats.ratio(funcChange, ended));
        put(v, Metric.UNMET_NEED_DAYS_PER_EPISODE, Stats.ratio(unmet, nEp));
        put(v, Metric.FOLLOW_UP_FAILURES_PER_100_EPISODES, 100 * Stats.ratio(failures, nEp));
        put(v, Metric.ILL_FITTING_SERVICE_SHARE, Stats.ratio(illFit, started));
        put(v, Metric.HOURS_TOTAL, hoursTotal);
        put(v, Metric.HOURS_DIRECT, hours[Activity.DIRECT.ordinal()]);
        put(v, Metric.HOURS_ASSESSMENT, hours[Activity.ASSESSMENT.ordinal()]);
        put(v, Metric.HOURS_COORDINATION, hours[Activity.COORDINATION.ordinal()]);
        put(v, Metric.HOURS_MEETINGS, hours[Activity.MEETINGS.ordinal()]);
        put(v, Metric.HOURS_TRAVEL, hours[Activity.TRAVEL.ordinal()]);
        put(v, Metric.HOURS_REPORTING, hours[Activity.REPORTING.ordinal()]);
        put(v, Metric.COORDINATION_HOURS_SHARE, Stats.ratio(hours[Activity.COORDINATION.ordinal()] + hours[Activity.MEETINGS.ordinal()], hoursTotal));
        Cost cost = Cost.of(m, end, delayedDays * NOK_PER_DELAYED_DAY);
        put(v, Metric.HOURS_IDLE, cost.idleHours);
        put(v, Metric.HOURS_OVERTIME, cost.overtimeHours);
        put(v, Metric.COST_PER_USER_NOK, Stats.ratio(cost.total, userIds.size()));
        put(v, Metric.COST_PER_USER_YEAR_NOK, Stats.ratio(cost.total, userDays / 365.0));
        put(v, Metric.COST_PER_1000_INHABITANTS_NOK, cost.total * per1000Year);
        put(v, Metric.COST_STAFF_PER_1000_NOK, (cost.total - cost.delayedDischarge) * per1000Year);
        put(v, Metric.COST_DIRECT_PER_1000_NOK, cost.activity[Activity.DIRECT.ordinal()] * per1000Year);
        put(v, Metric.COST_ASSESSMENT_PER_1000_NOK, cost.activity[Activity.ASSESSMENT.ordinal()] * per1000Year);
        put(v, Metric.COST_COORDINATION_PER_1000_NOK, cost.activity[Activity.COORDINATION.ordinal()] * per1000Year);
        put(v, Metric.COST_MEETINGS_PER_1000_NOK, cost.activity[Activity.MEETINGS.ordinal()] * per1000Year);
        put(v, Metric.COST_TRAVEL_PER_1000_NOK, cost.activity[Activity.TRAVEL.ordinal()] * per1000Year);
        put(v, Metric.COST_REPORTING_PER_1000_NOK, cost.activity[Activity.REPORTING.ordinal()] * per1000Year);
        put(v, Metric.COST_IDLE_PER_1000_NOK, cost.idle * per1000Year);
        put(v, Metric.COST_ABSENCE_PER_1000_NOK, cost.absence * per1000Year);
        put(v, Metric.COST_OVERTIME_PER_1000_NOK, cost.overtime * per1000Year);
        put(v, Metric.COST_DELAYED_DISCHARGE_PER_1000_NOK, cost.delayedDischarge * per1000Year);
        put(v, Metric.KNOWLEDGE_ACROSS_BOUNDARIES, knowledge(m, end));
        put(v, Metric.TRUST_ACROSS_BOUNDARIES, trust(m));
        put(v, Metric.MATURITY_MEAN, maturity(m));
        if (v.size() != Metric.values().length) throw new IllegalStateException("a metric was not computed");
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Metric mt : Metric.values()) ordered.put(mt.key, v.get(mt.key));
        return new Result(ordered, unitStats, episodeStats, userStats);
    }

    private static void put(Map<String, Double> v, Metric m, double x) { v.put(m.key, x); }

    /**
     * What the municipality pays over the measured period (ODD §7.10): its staff's contracted hours (FTE × 37.5 h a
     * week, used or idle) plus hours worked beyond the available ones with the overtime supplement, plus delayed-discharge
     * payments; and the split of the staff cost by what the hours went to. The activity split counts recorded work
     * (work still under way at the horizon is recorded when it ends), so the parts add up to the total only roughly.
     */
    static final class Cost {
        final double[] activity = new double[Activity.values().length];
        double idle, absence, overtime, delayedDischarge, total, idleHours, overtimeHours;

        static Cost of(World m, double end, double delayedDischargePayments) {
            Cost c = new Cost();
            double contracted = 0;
            for (ServiceUnit u : m.units) {
                if (u.owner != no.samspill.core.units.Owner.MUNICIPALITY) continue;
                u.time.settle(end);
                contracted += u.time.contractedHours();
                c.absence += (u.time.contractedHours() - u.time.availableHours()) * NOK_PER_HOUR;
                c.idleHours += u.time.idleHours();
                c.overtimeHours += u.time.overtimeHours();
                for (Professional p : u.staff) {
                    for (Activity a : Activity.values()) c.activity[a.ordinal()] += p.hours[a.ordinal()] * NOK_PER_HOUR;
                }
            }
            c.idle = c.idleHours * NOK_PER_HOUR;
            c.overtime = c.overtimeHours * m.scenario.pressure.overtimePremium * NOK_PER_HOUR;
            c.delayedDischarge = delayedDischargePayments;
            // Hours beyond the available ones are extra paid hours: their base cost (in their activity) plus the supplement.
            c.total = (contracted + c.overtimeHours) * NOK_PER_HOUR + c.overtime + c.delayedDischarge;
            return c;
        }
    }

    /** What {@link #finish} returns; the API wraps it with the seed. */
    public record Result(Map<String, Double> metrics, List<UnitStats> units,
                         List<EpisodeStats> episodes, List<UserStats> users) { }
}
