package no.samspill.report;

import java.util.List;
import no.samspill.analysis.Warning;
import no.samspill.experiment.ExperimentResult;
import no.samspill.scenario.ScenarioFile;

/**
 * Everything a results directory is written from.
 *
 * @param scenario       the loaded scenario file (variants with their resolved settings, overrides)
 * @param result         the outcomes of the experiment
 * @param recordEvents   whether events.csv is written
 * @param version        samspill version
 * @param gitCommit      the commit of the code, null if unknown
 * @param gitDirty       whether tracked files differed from that commit, null if unknown
 * @param command        the command-line arguments the run was started with
 * @param reproducedFrom path of the manifest this run reproduces, null for a fresh run
 * @param events         where events.csv comes from (in memory when null)
 * @param warnings       guardrail warnings about the scenario and its results (manifest.json "warnings", before
 *                       the warm-up check's)
 */
public record ExperimentReport(ScenarioFile scenario, ExperimentResult result, boolean recordEvents, String version,
                               String gitCommit, Boolean gitDirty, List<String> command, String reproducedFrom,
                               EventSource events, List<Warning> warnings) {
    public ExperimentReport {
        command = command == null ? List.of() : List.copyOf(command);
        events = events == null ? EventSource.IN_MEMORY : events;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A report without warnings. */
    public ExperimentReport(ScenarioFile scenario, ExperimentResult result, boolean recordEvents, String version,
                            String gitCommit, Boolean gitDirty, List<String> command, String reproducedFrom,
                            EventSource events) {
        this(scenario, result, recordEvents, version, gitCommit, gitDirty, command, reproducedFrom, events, List.of());
    }

    /** A report whose events (if recorded) are in memory. */
    public ExperimentReport(ScenarioFile scenario, ExperimentResult result, boolean recordEvents, String version,
                            String gitCommit, Boolean gitDirty, List<String> command, String reproducedFrom) {
        this(scenario, result, recordEvents, version, gitCommit, gitDirty, command, reproducedFrom, null, List.of());
    }
}
