package no.samspill.scenario;

/**
 * Where a value of a scenario tree came from.
 *
 * @param source file path, "--set #N '…'" or "resolved"
 * @param line   1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 */
public record Location(String source, int line, int column) {
    public static Location unknown(String source) { return new Location(source, 0, 0); }

    public Diagnostic error(String path, String message, String hint) {
        return new Diagnostic(source, line, column, path, message, hint == null ? "" : hint);
    }

    /** "file:line" for hints that point at another place. */
    public String describe() {
        return line > 0 ? source + ":" + line : source;
    }
}
