package no.samspill.experiment.study;

import java.util.ArrayList;
import java.util.List;

/** Reads one line of the RFC 4180 CSV that {@link no.samspill.report.Csv} writes (no embedded line breaks). */
final class CsvReader {
    private CsvReader() { }

    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        sb.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("unterminated quoted field");
        out.add(sb.toString());
        return out;
    }
}
