package no.samspill.gui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.User;
import no.samspill.core.units.Activity;
import no.samspill.core.units.KindDefaults;
import no.samspill.core.units.Owner;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.process.HandOffs;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.core.world.World;
import no.samspill.metrics.ContinuityIndices;
import no.samspill.metrics.MetricsCollector;

/**
 * The GUI's view of a run: an observer of the model's event stream (docs/ODD.md §4.11.5) that keeps what the
 * network view and the inspectors show (open episodes, each user's pathway so far) and aggregates it into one
 * {@link DailySample} a day for the charts. The model never knows it exists.
 *
 * <p>Day d is sampled when the first event after it arrives (so the sample holds everything up to the end of day
 * d), or, on the model's own reporting days, at the model's time-series sample, so that both see the same state.
 * Nothing is put on the model's schedule: an extra entry there would change the order MASON draws for events due
 * at the same moment, and so the run (a test checks that watching a run changes nothing).
 */
public final class DailyProbe implements Observer {
    /** Days in the rolling windows of hand-offs per episode and involvement. */
    public static final int WINDOW = 30;
    /** Users sampled for the daily 1 − COC (a systematic sample keeps a day's cost bounded in large municipalities). */
    static final int COC_SAMPLE = 3000;
    /** Steps of a user's pathway kept for the inspector. */
    static final int PATH_STEPS = 40;

    private transient World world;
    private final transient Consumer<DailySample> sink;
    /** Open episodes, in start order. */
    private final Set<Episode> open = new LinkedHashSet<>();
    private final Map<Integer, UserTrack> tracks = new HashMap<>();
    private final List<DailySample> samples = new ArrayList<>();

    // per-day counters, rolled into windows
    private long dayHandoffs, dayLosses, dayEpisodes, dayDecisions;
    private double dayLevels;
    private final ArrayDeque<double[]> window = new ArrayDeque<>();
    private long measuredHandoffs;
    private final double[] lastHours = new double[Activity.values().length];
    private final ArrayDeque<double[]> hourWindow = new ArrayDeque<>();
    private final List<double[]> reforms = new ArrayList<>();
    /** The next day to sample. */
    private double nextDay = 1;

    public DailyProbe(Consumer<DailySample> sink) { this.sink = sink; }

    /** What the inspector shows of one user: the pathway so far, with waits and decisions. */
    public static final class UserTrack {
        final List<String> steps = new ArrayList<>();
        int dropped;
        double lastLevel = Double.NaN;
        double waitDays;
        int waits;
        String where = "";
        int coordinators;

        void add(double day, String what) {
            if (steps.size() == PATH_STEPS) { steps.remove(0); dropped++; }
            steps.add(String.format(Locale.ROOT, "day %.0f: %s", day, what));
        }
    }

    // --------------------------------------------------------------------------------------- observer

    @Override
    public void started(World w) {
        world = w;
        open.clear();
        tracks.clear();
        samples.clear();
        window.clear();
        hourWindow.clear();
        reforms.clear();
        dayHandoffs = dayLosses = dayEpisodes = dayDecisions = 0;
        dayLevels = 0;
        measuredHandoffs = 0;
        nextDay = 1;
        java.util.Arrays.fill(lastHours, 0);
    }

    @Override
    public void event(Event e) {
        while (nextDay < e.day()) take(nextDay++);
        Episode ep = e.episode();
        switch (e.type()) {
            case EPISODE_START -> {
                open.add(ep);
                dayEpisodes++;
                track(ep).add(e.day(), "episode " + ep.id + " starts (" + ep.type + ", " + ep.complexity + ")");
            }
            case EPISODE_END -> {
                open.remove(ep);
                track(ep).add(e.day(), "episode " + ep.id + " ends");
                track(ep).where = "";
            }
            case HANDOFF -> {
                dayHandoffs += e.count();
                if (e.value() > 0) dayLosses++;
                if (ep != null && ep.measured) measuredHandoffs += e.count();
                if (ep != null) track(ep).add(e.day(), (HandOffs.AT_TABLE.equals(e.detail())
                        ? "taken at the joint meeting's table by " + unit(e) : "hand-off " + e.other() + " -> " + unit(e))
                        + (e.value() > 0 ? " (information lost)" : ""));
            }
            case COORDINATOR -> {
                dayHandoffs++;
                if (ep != null && ep.measured) measuredHandoffs++;
                if (ep != null) {
                    UserTrack t = track(ep);
                    t.coordinators = e.count();
                    t.add(e.day(), "coordinator appointed (" + e.other() + "), " + e.count() + " on the episode");
                }
            }
            case DECISION -> {
                dayDecisions++;
                dayLevels += e.value();
                if (ep != null) {
                    UserTrack t = track(ep);
                    t.lastLevel = e.value();
                    t.add(e.day(), "decision by " + e.other() + ", involvement level " + (int) e.value()
                            + " (" + e.detail() + ")");
                }
            }
            case SERVICE_START -> {
                if (ep != null) {
                    UserTrack t = track(ep);
                    t.waits++;
                    t.waitDays += e.value();
                    t.where = unit(e);
                    t.add(e.day(), e.other() + " starts at " + unit(e) + String.format(Locale.ROOT,
                            " after %.1f days in the queue", e.value()));
                }
            }
            case SERVICE_END -> { if (ep != null) track(ep).add(e.day(), e.other() + " ends at " + unit(e)); }
            case ADMISSION -> { if (ep != null) track(ep).add(e.day(), "admitted to " + unit(e)); }
            case READY_FOR_DISCHARGE -> { if (ep != null) track(ep).add(e.day(), "ready for discharge"); }
            case TRANSFER -> { if (ep != null) track(ep).add(e.day(), String.format(Locale.ROOT,
                    "leaves hospital (%.1f delayed days)", e.value())); }
            case ASSESSMENT -> { if (ep != null) track(ep).add(e.day(), "assessed by " + unit(e) + ", "
                    + e.count() + " need(s) granted"); }
            case PING_PONG -> { if (ep != null) track(ep).add(e.day(), "referral returned or misrouted (" + e.other() + ")"); }
            case FOLLOW_UP_FAILURE -> { if (ep != null) track(ep).add(e.day(), "nobody took the next step"); }
            case DUPLICATED_ASSESSMENT -> { if (ep != null) track(ep).add(e.day(), "assessed again at " + unit(e)); }
            case RESPONSIBILITY_GROUP -> { if (ep != null) track(ep).add(e.day(), "responsibility-group meeting"); }
            case READMISSION -> { if (ep != null) track(ep).add(e.day(), "readmitted within 30 days"); }
            case REFORM -> reforms.add(new double[] {e.day()});
            default -> { }
        }
    }

    private static String unit(Event e) { return e.unit() == null ? "?" : e.unit().id; }

    private UserTrack track(Episode ep) { return tracks.computeIfAbsent(ep.user.id, k -> new UserTrack()); }

    /** The pathway kept for a user, or null if nothing happened to them in this run. */
    public UserTrack trackOf(User u) { return tracks.get(u.id); }

    /** Open episodes now (read by the network view on the model thread). */
    public Set<Episode> openEpisodes() { return open; }

    /** The days of the "reform now" switches of this run. */
    public List<Double> reformDays() { return reforms.stream().map(r -> r[0]).toList(); }

    /** The daily samples of this run so far. */
    public List<DailySample> samples() { return List.copyOf(samples); }

    // --------------------------------------------------------------------------------------- daily samples

    /** The model's own time-series sample: days before it are due, and its own day is sampled now. */
    @Override
    public void sample(World w, double day) {
        while (nextDay < day) take(nextDay++);
        if (nextDay == day) take(nextDay++);
    }

    @Override
    public void finished(World w, double day) {
        while (nextDay <= day) take(nextDay++);
    }

    private void take(double day) {
        if (world == null) return;
        sink.accept(sample(day));
    }

    DailySample sample(double day) {
        World w = world;
        int queued = 0, ready = 0;
        for (ServiceUnit u : w.units) {
            queued += u.queued;
            ready += u.readyWaiting;
        }
        window.addLast(new double[] {dayHandoffs, dayEpisodes, dayDecisions, dayLevels, dayLosses});
        if (window.size() > WINDOW) window.removeFirst();
        dayHandoffs = dayLosses = dayEpisodes = dayDecisions = 0;
        dayLevels = 0;
        double h = 0, ep = 0, dec = 0, lev = 0, loss = 0;
        for (double[] d : window) { h += d[0]; ep += d[1]; dec += d[2]; lev += d[3]; loss += d[4]; }

        double[] hours = new double[Activity.values().length];
        for (Professional p : w.professionals) for (int a = 0; a < hours.length; a++) hours[a] += p.hours[a];
        double[] perDay = new double[hours.length];
        for (int a = 0; a < hours.length; a++) {
            perDay[a] = Math.max(0, hours[a] - lastHours[a]);
            lastHours[a] = hours[a];
        }
        hourWindow.addLast(perDay);
        if (hourWindow.size() > 28) hourWindow.removeFirst();
        double[] hoursMean = new double[hours.length];
        for (double[] d : hourWindow) for (int a = 0; a < d.length; a++) hoursMean[a] += d[a] / hourWindow.size();

        double fte = 0;
        for (ServiceUnit u : w.units) if (u.owner == Owner.MUNICIPALITY) fte += u.totalFte();
        double staffCost = fte * KindDefaults.HOURS_PER_FTE_WEEK / 7.0 * MetricsCollector.NOK_PER_HOUR;

        DailySample s = new DailySample(day, queued, ready, ep > 0 ? h / ep : Double.NaN, ep > 0 ? loss / ep : Double.NaN, measuredHandoffs,
                fragmentation(w), dec > 0 ? lev / dec : Double.NaN, hoursMean, staffCost,
                ready * MetricsCollector.NOK_PER_DELAYED_DAY);
        samples.add(s);
        return s;
    }

    /** Mean 1 − COC over (a systematic sample of) users with at least the scenario's minimum contacts. */
    static double fragmentation(World w) {
        int n = w.users.size();
        int min = Math.max(2, w.scenario.run.minContactsForContinuity);
        int stride = Math.max(1, n / COC_SAMPLE);
        double s = 0;
        int k = 0;
        for (int i = 0; i < n; i += stride) {
            User u = w.users.get(i);
            if (u.contacts() < min) continue;
            double c = ContinuityIndices.coc(u.contactCounts());
            if (Double.isNaN(c)) continue;
            s += 1 - c;
            k++;
        }
        return k == 0 ? Double.NaN : s / k;
    }
}
