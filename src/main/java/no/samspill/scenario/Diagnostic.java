package no.samspill.scenario;

/**
 * One problem found in a scenario, located like a compiler error.
 *
 * @param source the file path, or "--set #N" for a command-line override
 * @param line   1-based line, 0 if unknown
 * @param column 1-based column, 0 if unknown
 * @param path   the setting's path, e.g. "units[2].staff.NURSE"
 * @param message what is wrong
 * @param hint   what would be valid (may be empty)
 */
public record Diagnostic(String source, int line, int column, String path, String message, String hint) {
    public String format() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) sb.append(':').append(line).append(':').append(column);
        sb.append(": error: ");
        if (path != null && !path.isEmpty()) sb.append(path).append(": ");
        sb.append(message);
        if (hint != null && !hint.isEmpty()) sb.append("\n    ").append(hint);
        return sb.toString();
    }
}
