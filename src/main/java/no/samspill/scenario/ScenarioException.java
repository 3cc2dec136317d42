package no.samspill.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario could not be loaded; carries every problem found, each with file, line and column. */
public class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public ScenarioException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() { return diagnostics; }
}
