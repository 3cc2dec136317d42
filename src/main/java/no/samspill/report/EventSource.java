package no.samspill.report;

import java.io.IOException;
import java.io.Writer;
import no.samspill.experiment.ExperimentResult;

/** Where events.csv comes from: the results in memory (default) or an {@link EventSpool}. */
@FunctionalInterface
public interface EventSource {
    EventSource IN_MEMORY = ResultsWriter::writeEvents;

    void write(ExperimentResult result, Writer w) throws IOException;
}
