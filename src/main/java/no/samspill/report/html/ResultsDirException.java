package no.samspill.report.html;

/** A results directory that a report cannot be drawn from: a file missing, a column missing, a number unreadable. */
public final class ResultsDirException extends Exception {
    private static final long serialVersionUID = 1L;

    public ResultsDirException(String message) { super(message); }
}
