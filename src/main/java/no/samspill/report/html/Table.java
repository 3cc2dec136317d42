package no.samspill.report.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A CSV file of a results directory, read whole: RFC 4180 (quoted fields may hold commas, quotes and line breaks). */
public final class Table {
    private final String name;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String[]> rows;
    private final List<Integer> lines;

    private Table(String name, List<String> header, List<String[]> rows, List<Integer> lines) {
        this.name = name;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
        this.rows = rows;
        this.lines = lines;
    }

    /** Reads {@code dir/file}; a missing, empty or ragged file is a {@link ResultsDirException} naming file and line. */
    public static Table read(Path dir, String file) throws ResultsDirException {
        Path p = dir.resolve(file);
        if (!Files.isRegularFile(p)) throw new ResultsDirException(p + ": missing");
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultsDirException(p + ": cannot be read: " + e.getMessage());
        }
        return parse(p.toString(), text);
    }

    /** Parses CSV text; {@code name} is used in error messages. */
    public static Table parse(String name, String text) throws ResultsDirException {
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; cell.append(c); }
            } else if (c == '"') { quoted = true; any = true; }
            else if (c == ',') { cur.add(cell.toString()); cell.setLength(0); any = true; }
            else if (c == '\r') { /* CRLF tolerated */ }
            else if (c == '\n') {
                if (any || cell.length() > 0) { cur.add(cell.toString()); records.add(cur.toArray(String[]::new)); lines.add(recordLine); }
                cur.clear(); cell.setLength(0); any = false; line++; recordLine = line;
            } else { cell.append(c); any = true; }
        }
        if (quoted) throw new ResultsDirException(name + ":" + recordLine + ": unterminated quoted field");
        if (any || cell.length() > 0) { cur.add(cell.toString()); records.add(cur.toArray(String[]::new)); lines.add(recordLine); }
        if (records.isEmpty()) throw new ResultsDirException(name + ": empty (expected a header row)");
        List<String> header = List.of(records.get(0));
        List<String[]> rows = new ArrayList<>(records.subList(1, records.size()));
        List<Integer> rowLines = new ArrayList<>(lines.subList(1, lines.size()));
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != header.size()) {
                throw new ResultsDirException(name + ":" + rowLines.get(r) + ": " + rows.get(r).length + " fields, the header has "
                        + header.size());
            }
        }
        return new Table(name, header, rows, rowLines);
    }

    public String name() { return name; }

    public List<String> header() { return header; }

    public int size() { return rows.size(); }

    public boolean has(String column) { return index.containsKey(column); }

    /** Fails unless every column exists. */
    public Table require(String... columns) throws ResultsDirException {
        for (String c : columns) {
            if (!has(c)) throw new ResultsDirException(name + ": no column '" + c + "' (columns: " + String.join(",", header) + ")");
        }
        return this;
    }

    public String get(int row, String column) {
        Integer i = index.get(column);
        return i == null ? "" : rows.get(row)[i];
    }

    /** A number; an empty cell or "NaN" is NaN; anything else unreadable is an error naming the file and line. */
    public double num(int row, String column) throws ResultsDirException {
        String s = get(row, column).trim();
        if (s.isEmpty() || s.equals("NaN")) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new ResultsDirException(name + ":" + lines.get(row) + ": column '" + column + "': '" + s + "' is not a number");
        }
    }

    /** The distinct values of a column, in first-seen order. */
    public List<String> distinct(String column) {
        Set<String> s = new LinkedHashSet<>();
        for (int r = 0; r < rows.size(); r++) s.add(get(r, column));
        return new ArrayList<>(s);
    }
}
