package no.samspill.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.samspill.api.RunOptions;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.User;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.core.world.World;
import no.samspill.metrics.Metric;
import no.samspill.testutil.Sim;
import org.junit.jupiter.api.Test;

/**
 * The persistent population (ODD §7.12): age structure drives demand, users come back to the services that know them,
 * the number of users in services does not drift over 20 years, readmissions fall over the 30 days after discharge,
 * and a death ends the user's episodes and frees a hospital bed at once.
 */
class PopulationTest {
    private static final int REPS = 8;

    private static Scenario standard(int inhabitants, double years, java.util.function.Consumer<Scenario> edit) {
        return Sim.standard("PA", inhabitants, years, edit);
    }

    /**
     * Direction: the same municipality with an older population (a quarter aged 67+, 7 % aged 80+, against the
     * national 17 % and 4.5 %) has more hospital admissions per inhabitant, through the age-weighted incidence of
     * first episodes and the recurrences of older users.
     */
    @Test
    void olderPopulationMoreAdmissions() {
        List<List<RunResult>> r = Sim.runVariants(REPS, standard(10_000, 2, s -> { }),
                standard(10_000, 2, s -> { s.population.share67Plus = 0.25; s.population.share80Plus = 0.07; }));
        Sim.assertHigher(Metric.HOSPITAL_ADMISSIONS_PER_1000, "national age mix", r.get(0), "older", r.get(1));
        Sim.assertHigher(Metric.HOSPITAL_DISCHARGES_PER_1000, "national age mix", r.get(0), "older", r.get(1));
    }

    /**
     * Direction and ablation (ODD §7.12, §10 #38): users die by the life table's hazard times their frailty over the
     * mean frailty of everyone of their age, so the life table, which counts everyone, does not count the frail twice:
     * fewer users aged 67+ die than when every inhabitant of the age is taken to be in full function
     * ({@code population.mortality_relative_to_age_group: false}), and they come back more often (more episodes per
     * user: the configured totals then need fewer new users). Without frailty ({@code mortality_per_lost_function: 0})
     * there is nothing to count twice, and the switch changes nothing at all.
     */
    @Test
    void usersDieByTheirFrailtyRelativeToTheirAgeGroupAndWithoutFrailtyTheSwitchChangesNothing() {
        int reps = 2 * REPS;  // the episodes per user move by about 3 %
        List<List<RunResult>> r = Sim.runVariants(reps, standard(10_000, 2, s -> { }),
                standard(10_000, 2, s -> s.population.mortalityRelativeToAgeGroup = false),
                standard(10_000, 2, s -> s.population.mortalityPerLostFunction = 0),
                standard(10_000, 2, s -> {
                    s.population.mortalityPerLostFunction = 0;
                    s.population.mortalityRelativeToAgeGroup = false;
                }));
        Sim.assertHigher(Metric.DEATHS_PER_1000_67PLUS, "relative to the age group", r.get(0), "frail counted twice", r.get(1));
        Sim.assertLower(Metric.EPISODES_PER_USER, "relative to the age group", r.get(0), "frail counted twice", r.get(1));
        for (int i = 0; i < reps; i++) {
            assertEquals(r.get(2).get(i).metrics(), r.get(3).get(i).metrics(), "without frailty the switch changes nothing: replication " + i);
        }
    }

    /**
     * Direction and ablation: with recurrence users come back (more episodes per user), and most services of a
     * returning user are started by the professional who served them in that unit before; with
     * {@code population.recurrence: false} every episode is a new user's again and no recurrence happens.
     */
    @Test
    void returningUsersFindKnownServicesAndTheAblationRemovesThem() {
        List<List<RunResult>> r = Sim.runVariants(REPS, standard(10_000, 2, s -> { }),
                standard(10_000, 2, s -> s.population.recurrence = false));
        List<RunResult> on = r.get(0), off = r.get(1);
        Sim.assertLower(Metric.EPISODES_PER_USER, "recurrence", on, "no recurrence", off);
        for (int i = 0; i < REPS; i++) {
            assertTrue(on.get(i).metric(Metric.RECURRENCES_PER_1000) > 5, "recurrences happen: " + on.get(i).metric(Metric.RECURRENCES_PER_1000));
            assertEquals(0.0, off.get(i).metric(Metric.RECURRENCES_PER_1000), "ablation: no recurrence");
            assertTrue(on.get(i).metric(Metric.KNOWN_PRIMARY_SHARE) > 0.4,
                    "returning users mostly meet a professional who knows them: " + on.get(i).metric(Metric.KNOWN_PRIMARY_SHARE));
        }
        // The configured rates stay the municipality's episode totals: recurrence changes who falls ill, not how often.
        Sim.Paired p = Sim.paired(Metric.EPISODES, "recurrence", on, "no recurrence", off);
        double rel = Math.abs(p.diff().mean()) / p.a().mean();
        assertTrue(rel < 0.25, "episode totals within 25 % with and without recurrence: " + p);
    }

    /** Users in services, users who fell ill lately, recurrences and deaths per year, over a 20-year run. */
    private static final class Census implements Observer {
        final double[] inServices = new double[21], recentlyIll = new double[21];
        final int[] samples = new int[21];
        final int[] recurrences = new int[21], deaths = new int[21], starts = new int[21];
        /** Sum of the users' function at the start of their episodes, per year (with {@link #starts}: the mean). */
        final double[] functionAtStart = new double[21];

        @Override
        public void event(Event e) {
            int y = (int) (e.day() / 365);
            if (y > 20) return;
            if (e.type() == EventType.RECURRENCE) recurrences[y]++;
            if (e.type() == EventType.DEATH) deaths[y]++;
            if (e.type() == EventType.EPISODE_START) {
                starts[y]++;
                functionAtStart[y] += e.episode().functionalStart;
            }
        }

        @Override
        public void sample(World w, double day) {
            int y = (int) (day / 365);
            if (y > 20) return;
            int n = 0, ill = 0;
            for (User u : w.users) {
                if (!u.alive) continue;
                if (u.openEpisodes() > 0) n++;
                if (day - u.lastEpisodeStart < 730) ill++;
            }
            inServices[y] += n;
            recentlyIll[y] += ill;
            samples[y]++;
        }

        /** Mean function at episode start in years 15–20 minus years 5–10. */
        double functionChange() {
            return window(functionByYear(), 15, 20) - window(functionByYear(), 5, 10);
        }

        /** Mean function at episode start in years 5–10. */
        double functionLevel() {
            return window(functionByYear(), 5, 10);
        }

        private double[] functionByYear() {
            double[] f = new double[functionAtStart.length];
            for (int y = 0; y < f.length; y++) f[y] = starts[y] == 0 ? 0 : functionAtStart[y] / starts[y];
            return f;
        }

        double drift(double[] v, boolean perSample) {
            return (mean(v, 15, 20, perSample) - mean(v, 5, 10, perSample)) / mean(v, 5, 10, perSample);
        }

        double drift(int[] v) {
            double[] d = new double[v.length];
            for (int i = 0; i < v.length; i++) d[i] = v[i];
            return drift(d, false);
        }

        /** Yearly values of a per-sample sum (means per sample) or of an event count. */
        double[] perSample(double[] v) {
            double[] out = new double[v.length];
            for (int y = 0; y < v.length; y++) out[y] = samples[y] == 0 ? Double.NaN : v[y] / samples[y];
            return out;
        }

        double[] perYear(int[] v) {
            double[] out = new double[v.length];
            for (int y = 0; y < v.length; y++) out[y] = v[y];
            return out;
        }

        /** Mean of years [from, to) (counted from day 0). */
        static double window(double[] v, int from, int to) {
            double s = 0;
            for (int y = from; y < to; y++) s += v[y];
            return s / (to - from);
        }

        double mean(double[] v, int from, int to, boolean perSample) {
            double s = 0, k = 0;
            for (int y = from; y < to; y++) { s += v[y]; k += perSample ? samples[y] : 1; }
            return s / k;
        }
    }

    private static Census census(long seed, boolean recurrence, double historyYears) {
        return census("PA", seed, recurrence, historyYears, x -> { });
    }

    /** The known users' function as at entry plus {@code change} per past episode, the same under every governance. */
    private static java.util.function.Consumer<Scenario> constantHistory(double change) {
        return x -> {
            x.population.historyFunction = no.samspill.core.config.PopulationConfig.HistoryFunction.CONSTANT;
            x.population.historyFunctionChangePerEpisode = change;
        };
    }

    private static Census census(String preset, long seed, boolean recurrence, double historyYears,
                                 java.util.function.Consumer<Scenario> edit) {
        Census c = new Census();
        Scenario s = Sim.standard(preset, 8_000, 20, x -> {
            x.run.warmupDays = 0;
            x.population.recurrence = recurrence;
            x.population.historyYears = historyYears;
            edit.accept(x);
        });
        Simulation.run(s, Sim.seed((int) seed), RunOptions.DEFAULT, List.of(c));
        return c;
    }

    /** Seeds of the stationarity test: window means over 5 years of one run vary by several per cent. */
    private static final int CENSUS_SEEDS = 6;

    /**
     * Stationarity: the run starts with the known users of a whole adult lifetime (population.history_years 87), so over
     * 20 years (8,000 inhabitants, six seeds, paired by seed) the living users who fell ill in the last two years, the
     * episodes, recurrences and deaths per year in years 15–20 are shown to lie within 15 % of years 5–10 by the
     * equivalence test of the steady-state check (docs/output-analysis.md §2, two one-sided tests at 5 %). Ablation: with
     * the 20-year history of earlier versions the users who came young and live on are missing at the start, and deaths
     * rise through the run (late − early above 0 over the seeds, and above the drift with the full history). Users with
     * an open episode (in services now) drift more: returning users carry the function they lost in earlier episodes
     * (ODD §10 #28; without recurrence the same measure moves under a few per cent). That drift is bounded here at 25 %
     * (mean over the seeds), a known issue, not the 15 %.
     */
    @Test
    void theLivePopulationDoesNotDriftOver20Years() {
        String[] names = {"users who fell ill in the last two years", "episodes", "recurrences", "deaths"};
        double[][] early = new double[names.length][CENSUS_SEEDS], late = new double[names.length][CENSUS_SEEDS];
        double[] deathsShort = new double[CENSUS_SEEDS], deathsFull = new double[CENSUS_SEEDS];
        double inServices = 0, inServicesOff = 0;
        for (int k = 0; k < CENSUS_SEEDS; k++) {
            Census c = census(k + 1, true, 87), off = census(k + 1, false, 87), shortHistory = census(k + 1, true, 20);
            double[][] series = {c.perSample(c.recentlyIll), c.perYear(c.starts), c.perYear(c.recurrences), c.perYear(c.deaths)};
            for (int i = 0; i < names.length; i++) {
                early[i][k] = Census.window(series[i], 5, 10);
                late[i][k] = Census.window(series[i], 15, 20);
            }
            deathsFull[k] = late[3][k] - early[3][k];
            double[] d20 = shortHistory.perYear(shortHistory.deaths);
            deathsShort[k] = Census.window(d20, 15, 20) - Census.window(d20, 5, 10);
            inServices += c.drift(c.inServices, true) / CENSUS_SEEDS;
            inServicesOff += off.drift(off.inServices, true) / CENSUS_SEEDS;
        }
        for (int i = 0; i < names.length; i++) {
            no.samspill.analysis.Equivalence.Result r = no.samspill.analysis.Equivalence.test(early[i], late[i], 0.15, 0);
            System.out.printf("[population] %s: years 15–20 vs 5–10, 90 %% interval of the change [%+.1f %%, %+.1f %%]: %s%n",
                    names[i], 100 * r.low(), 100 * r.high(), r.verdict().label());
            assertEquals(no.samspill.analysis.Equivalence.Verdict.PASS, r.verdict(), names[i] + ": " + r);
        }
        no.samspill.analysis.MeanInterval.Interval shortCi = no.samspill.analysis.MeanInterval.student(deathsShort);
        double[] gap = new double[CENSUS_SEEDS];
        for (int k = 0; k < CENSUS_SEEDS; k++) gap[k] = deathsShort[k] - deathsFull[k];
        no.samspill.analysis.MeanInterval.Interval gapCi = no.samspill.analysis.MeanInterval.student(gap);
        System.out.printf("[population] deaths a year, late − early: 20-year history [%.1f, %.1f], minus full history [%.1f, %.1f]%n",
                shortCi.low(), shortCi.high(), gapCi.low(), gapCi.high());
        assertTrue(shortCi.low() > 0, "ablation: with a 20-year history deaths rise through the run: " + shortCi);
        assertTrue(gapCi.low() > 0, "ablation: more than with the full history: " + gapCi);
        System.out.printf("[population] users in services: %+.1f %% (without recurrence %+.1f %%)%n", 100 * inServices,
                100 * inServicesOff);
        assertTrue(Math.abs(inServices) < 0.25, "users in services drift " + 100 * inServices
                + " % with recurrence, " + 100 * inServicesOff + " % without");
        assertTrue(Math.abs(inServicesOff) < 0.15, "without recurrence users in services drift " + 100 * inServicesOff + " %");
    }

    /** Seeds of the function test: six could not resolve the ablation's fall once ties ran first in, first out (ODD §3.1). */
    private static final int FUNCTION_SEEDS = 12;

    /**
     * Known users start with the function their past episodes left them (ODD §7.12): users who come during the run carry
     * the change each episode brings (decline while needs wait, rehabilitation back), so known users drawn with their
     * function at entry were healthier than the users who replace them, and the function users bring to their episodes
     * fell through the run — the severity of new episodes, referrals and home care rose with it (NPM's home-care queue
     * in the flagship, ODD §10 #28). With their past episodes replayed from the run's own (the default) the mean
     * function at episode start in years 15–20 is as in years 5–10; the ablation (function as at entry:
     * {@code history_function: CONSTANT} with 0 per episode) shows it falling. Paired by seed (8,000 inhabitants, 20
     * years, twelve seeds): the late − early change lies below 0 in the ablation, and the default's change lies above the
     * ablation's.
     */
    @Test
    void knownUsersStartWithTheFunctionTheirPastEpisodesLeftThem() {
        double[] on = new double[FUNCTION_SEEDS], off = new double[FUNCTION_SEEDS], gap = new double[FUNCTION_SEEDS];
        for (int k = 0; k < FUNCTION_SEEDS; k++) {
            Census c = census(k + 1, true, 87), flat = census("PA", k + 1, true, 87, constantHistory(0));
            on[k] = c.functionChange();
            off[k] = flat.functionChange();
            gap[k] = on[k] - off[k];
        }
        no.samspill.analysis.MeanInterval.Interval onCi = no.samspill.analysis.MeanInterval.student(on);
        no.samspill.analysis.MeanInterval.Interval offCi = no.samspill.analysis.MeanInterval.student(off);
        no.samspill.analysis.MeanInterval.Interval gapCi = no.samspill.analysis.MeanInterval.student(gap);
        System.out.printf("[population] function at episode start, years 15–20 − 5–10: default [%+.4f, %+.4f], "
                + "function as at entry [%+.4f, %+.4f], difference [%+.4f, %+.4f]%n",
                onCi.low(), onCi.high(), offCi.low(), offCi.high(), gapCi.low(), gapCi.high());
        assertTrue(offCi.high() < 0, "ablation: with known users' function as at entry, function at episode start falls: " + offCi);
        assertTrue(gapCi.low() > 0, "with their past episodes' change it falls less: " + gapCi);
        double onMean = java.util.Arrays.stream(on).average().orElseThrow(), offMean = java.util.Arrays.stream(off).average().orElseThrow();
        assertTrue(Math.abs(onMean) < Math.abs(offMean) / 2, "and by less than half as much: " + onMean + " vs " + offMean);
    }

    /**
     * What an illness costs depends on the governance (ODD §7.12, §10 #28): under NPG an episode costs about a tenth of
     * the constant −0.1 per past episode that the known users were given under every governance (now the ablation
     * {@code history_function: CONSTANT}), so with it they fell ill for the first time in the run too frail, and the
     * function users bring rose for years as they were replaced (issue 7's transient). With their past episodes replayed
     * from NPG's own episodes (the default) they bring more function to that first illness. Measured directly: the
     * function at the start of a known user's first episode in the run (a returning user the run had not seen), after
     * warm-up + lag (here 0 + 365 days, when the run's episodes are used), paired by seed (NPG, 8,000 inhabitants, 4
     * years, 4 seeds): the default's mean lies above the ablation's. (Whole-run flatness of function at episode start
     * between years 5–10 and 15–20 is not asserted at this scale: on model commit 49ae94d merged with main, six seeds
     * could not tell the ablation's rise under NPG from 0; docs/output-analysis.md has the 20-replication numbers.)
     */
    @Test
    void underNpgKnownUsersBringTheFunctionNpgsOwnEpisodesLeaveThem() {
        int seeds = 4;
        double[] on = new double[seeds], off = new double[seeds], gap = new double[seeds];
        for (int k = 0; k < seeds; k++) {
            on[k] = knownUsersFirstFunction(k + 1, x -> { });
            off[k] = knownUsersFirstFunction(k + 1, constantHistory(-0.1));
            gap[k] = on[k] - off[k];
        }
        no.samspill.analysis.MeanInterval.Interval gapCi = no.samspill.analysis.MeanInterval.student(gap);
        System.out.printf("[population] NPG known users' function at their first illness in the run: own episodes %s, "
                + "constant −0.1 %s, difference [%+.4f, %+.4f]%n", java.util.Arrays.toString(on), java.util.Arrays.toString(off),
                gapCi.low(), gapCi.high());
        assertTrue(gapCi.low() > 0, "with NPG's own episodes known users are less frail than with the constant: " + gapCi);
    }

    /** Mean function at the start of known users' first episode in the run, from day 400 on (NPG, no warm-up). */
    private static double knownUsersFirstFunction(long seed, java.util.function.Consumer<Scenario> edit) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        double[] sum = new double[2];
        Observer o = new Observer() {
            @Override
            public boolean wants(EventType t) { return t == EventType.EPISODE_START; }

            @Override
            public void event(Event e) {
                User u = e.episode().user;
                if (seen.add(u.id) && e.episode().returning && e.day() >= 400) {
                    sum[0] += e.episode().functionalStart;
                    sum[1]++;
                }
            }
        };
        Scenario s = Sim.standard("NPG", 8_000, 4, x -> {
            x.run.warmupDays = 0;
            edit.accept(x);
        });
        Simulation.run(s, Sim.seed((int) seed), RunOptions.DEFAULT, List.of(o));
        assertTrue(sum[1] > 30, "known users fall ill in the run: " + sum[1]);
        return sum[0] / sum[1];
    }

    /**
     * Readmission is a hazard over the 30 days after transfer (ODD §7.7), not one draw on day 30: readmissions fall in
     * every week of the window, none after it.
     */
    @Test
    void readmissionsAreSpreadOverThe30Days() {
        int[] byWeek = new int[5];
        int[] total = new int[1];
        Observer o = new Observer() {
            @Override
            public void event(Event e) {
                if (e.type() != EventType.READMISSION) return;
                int days = e.count();  // whole days since the transfer
                assertTrue(days >= 0 && days < 30, "readmission " + days + " days after transfer");
                assertTrue(Math.abs(e.day() - e.episode().transferred - days) < 1, "days counted from the transfer");
                byWeek[Math.min(4, days / 7)]++;
                total[0]++;
            }
        };
        for (int i = 0; i < 4; i++) Simulation.run(standard(15_000, 2, s -> { }), Sim.seed(i), RunOptions.DEFAULT, List.of(o));
        assertTrue(total[0] > 100, "enough readmissions: " + total[0]);
        for (int w = 0; w < 4; w++) assertTrue(byWeek[w] > total[0] / 10, "readmissions in week " + (w + 1) + ": " + java.util.Arrays.toString(byWeek));
    }

    /**
     * A death in a hospital bed frees the bed at once and ends the episode: every need in a terminal state, no open
     * episode left, and the ward's occupancy one lower when the episode's end is reported.
     */
    @Test
    void deathFreesTheBedAndEndsTheEpisodes() {
        final class Watch implements Observer {
            int checked;
            Episode pending;
            ServiceUnit ward;
            int before;

            @Override
            public void event(Event e) {
                if (e.type() == EventType.DEATH && "hospital".equals(e.other()) && e.episode() != null && e.episode().inHospital) {
                    pending = e.episode();
                    ward = pending.hospital;
                    before = ward.busy;
                } else if (e.type() == EventType.EPISODE_END && e.episode() == pending) {
                    Episode ep = pending;
                    assertTrue(ep.ended() && ep.endedByDeath, "ended by death");
                    assertTrue(!ep.inHospital && !Double.isNaN(ep.diedInHospital), "left the bed at death");
                    assertEquals(before - 1, ward.busy, "the bed is free at once");
                    for (Need n : ep.needs) assertTrue(n.terminal(), "need " + n.service + " closed: " + n.state());
                    assertTrue(!ep.user.alive, "user dead");
                    checked++;
                    pending = null;
                }
            }

            @Override
            public void finished(World w, double day) {
                for (User u : w.users) if (!u.alive) assertEquals(0, u.openEpisodes(), "a dead user has no open episode");
            }
        }
        Watch watch = new Watch();
        // a higher death hazard than the default so that deaths in a bed (stays are short) are many: the test is about
        // what a death does, not how often it happens
        for (int i = 0; i < 2; i++) {
            Simulation.run(standard(15_000, 1, s -> s.population.mortalityAt80 = 1.0), Sim.seed(i), RunOptions.DEFAULT, List.of(watch));
        }
        assertTrue(watch.checked > 10, "deaths in hospital beds observed: " + watch.checked);
        assertTrue(watch.pending == null, "every death in a bed ended its episode");
    }

    /** Ablation: without mortality nobody dies, and no episode ends by death. */
    @Test
    void withoutMortalityNobodyDies() {
        RunResult r = Simulation.run(standard(10_000, 1, s -> s.population.mortality = false), Sim.seed(0));
        assertEquals(0.0, r.metric(Metric.DEATHS_PER_1000_67PLUS));
    }
}
