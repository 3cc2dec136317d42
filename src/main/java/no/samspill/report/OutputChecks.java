package no.samspill.report;

import java.util.ArrayList;
import java.util.List;
import no.samspill.analysis.WarmupCheck;
import no.samspill.experiment.ExperimentResult;
import no.samspill.experiment.RunOutcome;
import no.samspill.metrics.TimeseriesRow;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.Variant;

/** Feeds an experiment's time series to the output-analysis checks (no.samspill.analysis). */
public final class OutputChecks {
    private OutputChecks() { }

    /** Each variant's configured warm-up, reporting interval and successful runs' time series. */
    public static List<WarmupCheck.Input> inputs(ScenarioFile file, ExperimentResult result) {
        List<WarmupCheck.Input> in = new ArrayList<>();
        for (Variant v : file.variants()) {
            List<List<TimeseriesRow>> runs = new ArrayList<>();
            List<Integer> reps = new ArrayList<>();
            for (RunOutcome o : result.of(v.name())) {
                if (!o.ok()) continue;
                runs.add(o.result().timeseries());
                reps.add(o.spec().replication());
            }
            in.add(new WarmupCheck.Input(v.name(), v.scenario().run.warmupDays, v.scenario().run.reportingIntervalDays, runs,
                    reps));
        }
        return in;
    }

    /** The MSER-5 warm-up check of a report (manifest {@code warmup_check} and {@code warnings}). */
    public static WarmupCheck.Report warmup(ExperimentReport report) {
        return WarmupCheck.check(inputs(report.scenario(), report.result()));
    }
}
