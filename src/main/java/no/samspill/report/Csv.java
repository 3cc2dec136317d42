package no.samspill.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Minimal RFC 4180 CSV output: comma separator, "\n" line ends, fields quoted only when needed. */
public final class Csv {
    private Csv() { }

    public static String escape(String s) {
        if (s == null) return "";
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /**
     * A number as written in every results file: Java's shortest round-trip decimal ({@link Double#toString}),
     * "NaN" for an undefined value. Locale-independent, so files are byte-identical across machines.
     */
    public static String num(double d) {
        if (Double.isNaN(d)) return "NaN";
        return Double.toString(d);
    }

    public static void row(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            w.write(escape(fields.get(i)));
        }
        w.write('\n');
    }
}
