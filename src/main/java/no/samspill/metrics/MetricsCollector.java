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
import no.samspill.core.governance.DecisionLocus;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.Activity;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.Observer;
import no.samspill.core.world.World;

/**
 * Observes a model: samples the time series at each reporting interval and computes every metric of MODEL.md §5
 * at the end, per episode, per user, per unit and overall. Formulas are in docs/ODD.md §4.11 and docs/metrics.md.
 */
public final class MetricsCollector implements Observer {
    /** Cost of a professional hour (NOK, incl. social costs; order of magnitude, assumption). */
    public static final double NOK_PER_HOUR = 700;
    /** Municipal payment per delayed-discharge day (Samhandlingsreformen 2012, peers-and-pitfalls §B.3). */
    public static final double NOK_PER_DELAYED_DAY = 4000;

    private final List<TimeseriesRow> timeseries = new ArrayList<>();
    private long lastHandoffs, lastLoss, lastDecisions, lastEpisodes;
    private double lastLevelSum;

    private Result result;

    @Override
    public void started(World world) {
        timeseries.clear();
        lastHandoffs = lastLoss = lastDecisions = lastEpisodes = 0;
        lastLevelSum = 0;
        result = null;
    }

    @Override
    public void sample(World m, double day) {
        long handoffs = m.counters.handoffs, loss = m.counters.infoLoss, decisions = m.counters.decisions;
        double levelSum = m.counters.involvementSum;
        long episodes = m.episodes.size();
        int queued = 0, waitingForDischarge = 0;
        for (ServiceUnit u : m.units) {
            queued += u.queued;
            waitingForDischarge += u.readyWaiting;
        }
        Governance g = m.gov();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("new_episodes", (double) (episodes - lastEpisodes));
        v.put("handoffs", (double) (handoffs - lastHandoffs));
        v.put("info_loss", (double) (loss - lastLoss));
        v.put("involvement_mean_level", Stats.ratio(levelSum - lastLevelSum, decisions - lastDecisions));
        v.put("cases_waiting", (double) queued);
        v.put("waiting_for_discharge", (double) waitingForDischarge);
        v.put("knowledge_across_boundaries", knowledgeSample(m, day));
        v.put("trust_across_boundaries", trust(m));
        v.put("maturity_mean", maturity(m));
        v.put("reform_weight", m.governance.reformWeight(day));
        v.put("purchaser_locus_probability", g.probability(DecisionLocus.PURCHASER_OFFICE));
        v.put("target_pressure", g.get(Governance.Rule.TARGET_PRESSURE));
        timeseries.add(new TimeseriesRow(day, v));
        lastEpisodes = episodes;
        lastHandoffs = handoffs;
        lastLoss = loss;
        lastDecisions = decisions;
        lastLevelSum = levelSum;
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

    /** Professionals in the time-series estimate of knowledge: a fixed systematic sample keeps each row O(units). */
    static final int KNOWLEDGE_SAMPLE = 256;

    /**
     * Time-series estimate of {@link #knowledge}: the same mean over a systematic sample of at most
     * {@link #KNOWLEDGE_SAMPLE} professionals (every k-th), so that a row costs O(units), not O(professionals × units).
     * The run-level metric uses every professional.
     */
    static double knowledgeSample(World m, double day) {
        int p = m.professionals.size();
        int stride = Math.max(1, p / KNOWLEDGE_SAMPLE);
        double s = 0;
        long n = 0;
        for (int i = 0; i < p; i += stride) {
            Professional x = m.professionals.get(i);
            for (ServiceUnit u : m.units) {
                if (u == x.unit) continue;
                s += x.knowledgeOf(u.index, day);
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
        for (Episode ep : m.episodes) if (!ep.ended()) ep.applyUnmet(end);
        for (User u : m.users) u.advanceServices(end, m.warmup);

        // --- per episode
        List<EpisodeStats> episodeStats = new ArrayList<>();
        Stats.DoubleList waitAssess = new Stats.DoubleList();
        Stats.DoubleList waitStart = new Stats.DoubleList();
        Stats.DoubleList pathway = new Stats.DoubleList();
        double handoffs = 0, loss = 0, story = 0, dup = 0, pingPong = 0, gap = 0, unmet = 0, failures = 0;
        double profs = 0, units = 0, decisions = 0, levelSum = 0, withUser = 0, options = 0, influence = 0;
        double goalsAddr = 0, goalsTotal = 0, assessments = 0, rejected = 0, illFit = 0, started = 0;
        double delayedDays = 0, discharges = 0, readmitted = 0, readmitEligible = 0, funcChange = 0, ended = 0;
        java.util.Set<Integer> rehabUsers = new java.util.HashSet<>();
        java.util.Set<Integer> userIds = new java.util.HashSet<>();
        for (Episode ep : m.episodes) {
            userIds.add(ep.user.id);
            handoffs += ep.handoffs;
            loss += ep.infoLoss;
            story += ep.repeatedStory;
            dup += ep.duplicatedAssessments;
            pingPong += ep.pingPong;
            gap += ep.gapDays;
            unmet += ep.unmetNeedDays;
            failures += ep.followUpFailures;
            profs += ep.distinctProfessionals();
            units += ep.distinctUnits();
            decisions += ep.decisions;
            levelSum += ep.involvementSum;
            withUser += ep.decisionsWithUser;
            options += ep.optionsPresented;
            influence += ep.influenceDecisions;
            assessments += ep.assessments;
            rejected += ep.rejectedAfterAssessment;
            illFit += ep.illFitting;
            started += ep.servicesStarted;
            for (double w : ep.waitsToAssessment) waitAssess.add(w);
            for (double w : ep.waitsToStart) waitStart.add(w);
            if (!Double.isNaN(ep.firstReferral) && !Double.isNaN(ep.lastStart)) pathway.add(ep.lastStart - ep.firstReferral);
            for (Need n : ep.needs) if (n.service == ServiceType.EVERYDAY_REHAB && !Double.isNaN(n.started)) rehabUsers.add(ep.user.id);
            if (ep.ended()) {
                goalsAddr += ep.goalsAddressed;
                goalsTotal += ep.goalsTotal;
                funcChange += ep.functionalEnd - ep.functionalStart;
                ended++;
            }
            if (ep.type == EpisodeType.HOSPITAL_DISCHARGE && !Double.isNaN(ep.transferred)) {
                discharges++;
                delayedDays += ep.delayedDischargeDays();
                if (ep.transferred + 30 <= end) {
                    readmitEligible++;
                    if (ep.readmitted30d) readmitted++;
                }
            }
            episodeStats.add(new EpisodeStats(ep.id, ep.user.id, ep.type.name(), ep.complexity.name(), ep.user.lowResource,
                    ep.start, ep.end, ep.handoffs, ep.infoLoss, ep.repeatedStory, ep.duplicatedAssessments,
                    ep.distinctProfessionals(), ep.distinctUnits(), ep.pingPong, ep.gapDays,
                    ep.waitsToAssessment.isEmpty() ? Double.NaN : ep.waitsToAssessment.get(0),
                    ep.waitsToStart.isEmpty() ? Double.NaN : ep.waitsToStart.get(0),
                    ep.delayedDischargeDays(), ep.decisions == 0 ? Double.NaN : ep.involvementSum / ep.decisions,
                    ep.readmitted30d, ep.ended() ? ep.functionalEnd - ep.functionalStart : Double.NaN, ep.unmetNeedDays));
        }
        int nEp = m.episodes.size();

        // --- per user
        List<UserStats> userStats = new ArrayList<>();
        double cocSum = 0, upcSum = 0;
        int cocN = 0;
        double concurrent = 0, uncoordinated = 0;
        double lowLevel = 0, lowDec = 0, highLevel = 0, highDec = 0;
        for (User u : m.users) {
            if (!u.measured) continue;
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
            if (u.lowResource) { lowLevel += u.involvementSum; lowDec += u.decisions; }
            else { highLevel += u.involvementSum; highDec += u.decisions; }
            userStats.add(new UserStats(u.id, u.lowResource, u.contacts(), u.distinctProfessionals(), coc, upc,
                    u.decisions == 0 ? Double.NaN : u.involvementSum / u.decisions));
        }

        // --- per unit and hours
        double[] hours = new double[Activity.values().length];
        List<UnitStats> unitStats = new ArrayList<>();
        double queueSum = 0;
        for (ServiceUnit u : m.units) {
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
            queueSum += lq;
            unitStats.add(new UnitStats(u.id, u.kind.name(), u.servers, u.arrivals, u.completions,
                    Stats.ratio(u.waitSum, u.started), lq, u.meanInSystem(end), span > 0 ? u.arrivals / span : Double.NaN,
                    Stats.ratio(u.sojournSum, u.sojournCount), Stats.ratio(u.meanBusy(end), u.servers), uh, uc));
        }
        double hoursTotal = 0;
        for (double h : hours) hoursTotal += h;
        double years = (end - m.warmup) / 365.0;

        Map<String, Double> v = new LinkedHashMap<>();
        put(v, Metric.EPISODES, nEp);
        put(v, Metric.USERS, userIds.size());
        put(v, Metric.USERS_SERVED_REHAB, rehabUsers.size());
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
        put(v, Metric.WAIT_TO_ASSESSMENT_MEAN_DAYS, waitAssess.mean());
        put(v, Metric.WAIT_TO_ASSESSMENT_P90_DAYS, waitAssess.percentile(0.9));
        put(v, Metric.WAIT_TO_START_MEAN_DAYS, waitStart.mean());
        put(v, Metric.WAIT_TO_START_MEDIAN_DAYS, waitStart.percentile(0.5));
        put(v, Metric.WAIT_TO_START_P90_DAYS, waitStart.percentile(0.9));
        put(v, Metric.PATHWAY_TIME_MEAN_DAYS, pathway.mean());
        put(v, Metric.PATHWAY_TIME_P90_DAYS, pathway.percentile(0.9));
        put(v, Metric.DELAYED_DISCHARGE_DAYS_MEAN, Stats.ratio(delayedDays, discharges));
        put(v, Metric.DELAYED_DISCHARGE_DAYS_PER_1000, years <= 0 ? Double.NaN : delayedDays / (m.inhabitants / 1000.0) / years);
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
        put(v, Metric.COST_PER_USER_NOK, Stats.ratio(municipalStaffCost(m, end - m.warmup) + delayedDays * NOK_PER_DELAYED_DAY, userIds.size()));
        put(v, Metric.KNOWLEDGE_ACROSS_BOUNDARIES, knowledge(m, end));
        put(v, Metric.TRUST_ACROSS_BOUNDARIES, trust(m));
        put(v, Metric.MATURITY_MEAN, maturity(m));
        if (v.size() != Metric.values().length) throw new IllegalStateException("a metric was not computed");
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (Metric mt : Metric.values()) ordered.put(mt.key, v.get(mt.key));
        return new Result(ordered, List.copyOf(timeseries), unitStats, episodeStats, userStats);
    }

    private static void put(Map<String, Double> v, Metric m, double x) { v.put(m.key, x); }

    /**
     * What the municipality pays for its staff over the measured period: contracted hours (FTE × 37.5 h a week),
     * whether used or idle. Capacity held for rare peaks is paid for even when it stands idle (Wood et al., P9).
     */
    static double municipalStaffCost(World m, double days) {
        double fte = 0;
        for (ServiceUnit u : m.units) if (u.owner == no.samspill.core.units.Owner.MUNICIPALITY) fte += u.totalFte();
        return fte * no.samspill.core.units.KindDefaults.HOURS_PER_FTE_WEEK * days / 7.0 * NOK_PER_HOUR;
    }

    /** What {@link #finish} returns; the API wraps it with the seed. */
    public record Result(Map<String, Double> metrics, List<TimeseriesRow> timeseries, List<UnitStats> units,
                         List<EpisodeStats> episodes, List<UserStats> users) { }
}
