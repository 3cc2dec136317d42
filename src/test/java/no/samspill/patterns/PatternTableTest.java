package no.samspill.patterns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samspill.core.governance.Governance;
import no.samspill.scenario.ParameterDocs;
import org.junit.jupiter.api.Test;

/**
 * The table "Pattern tests and their ablation twins" of docs/ODD.md §1.3 says what the tests do: every pattern P1–P9
 * has a row; every test it names exists, is a JUnit test and opens its javadoc with its pattern; every ablation setting
 * it names is a scenario setting (or a governance override key) and is named in the javadoc of one of the row's tests.
 */
class PatternTableTest {
    private static final Path ODD = Path.of("docs", "ODD.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    record Row(String pattern, List<String> tests, List<String> settings) { }

    static List<Row> rows() throws Exception {
        String text = Files.readString(ODD, StandardCharsets.UTF_8);
        int start = text.indexOf("### 1.3 Pattern tests and their ablation twins");
        assertTrue(start >= 0, "docs/ODD.md has no section '### 1.3 Pattern tests and their ablation twins'");
        int end = text.indexOf("\n## ", start);
        List<Row> rows = new ArrayList<>();
        for (String line : text.substring(start, end < 0 ? text.length() : end).split("\n")) {
            if (!line.startsWith("| P")) continue;
            String[] cells = line.split("\\|");
            // cells[0] is empty (the line starts with '|'): pattern, test, mechanism, ablation setting
            assertTrue(cells.length >= 5, "row of the pattern table with fewer than four cells: " + line);
            rows.add(new Row(cells[1].trim().split(" ")[0], codes(cells[2]), codes(cells[4])));
        }
        return rows;
    }

    private static List<String> codes(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) out.add(m.group(1).trim());
        return out;
    }

    @Test
    void everyPatternHasARowWithATest() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (Row r : rows()) {
            seen.add(r.pattern());
            assertFalse(r.tests().isEmpty(), r.pattern() + ": a row of the pattern table names no test");
        }
        for (int i = 1; i <= 9; i++) assertTrue(seen.contains("P" + i), "docs/ODD.md §1.3 has no row for P" + i + ": " + seen);
    }

    @Test
    void everyTestExistsAndNamesItsPatternAndEverySettingExists() throws Exception {
        Set<String> params = new TreeSet<>();
        for (ParameterDocs.Entry e : ParameterDocs.entries()) params.add(e.path());
        List<String> overrides = Governance.overrideKeys();
        for (Row r : rows()) {
            StringBuilder docs = new StringBuilder();
            for (String t : r.tests()) {
                String[] parts = t.split("#");
                assertTrue(parts.length == 2, "test not written Class#method: " + t);
                String cls = parts[0].contains(".") ? parts[0] : "no.samspill.patterns." + parts[0];
                Method method = null;
                for (Method x : Class.forName(cls).getDeclaredMethods()) if (x.getName().equals(parts[1])) method = x;
                assertNotNull(method, r.pattern() + ": no method " + t);
                assertTrue(method.isAnnotationPresent(Test.class), r.pattern() + ": " + t + " is not a @Test");
                String doc = javadoc(cls, parts[1]);
                assertTrue(doc.contains(r.pattern()), r.pattern() + ": the javadoc of " + t + " does not name " + r.pattern() + ":\n" + doc);
                docs.append(doc);
            }
            for (String s : r.settings()) {
                String key = s.split(":")[0].trim();
                if (key.startsWith("governance.overrides.")) {
                    String k = key.substring("governance.overrides.".length());
                    assertTrue(overrides.contains(k), r.pattern() + ": no governance override key '" + k + "'; valid: " + overrides);
                } else {
                    assertTrue(params.contains(key), r.pattern() + ": no scenario setting '" + key + "' (docs/parameters.md)");
                }
                String last = key.substring(key.lastIndexOf('.') + 1);
                assertTrue(docs.toString().contains(last),
                        r.pattern() + ": no test of the row names its ablation setting '" + key + "' in its javadoc");
            }
        }
    }

    /** The javadoc comment right before {@code void method(} in the test's source file. */
    private static String javadoc(String cls, String method) throws Exception {
        Path src = Path.of("src", "test", "java").resolve(cls.replace('.', '/') + ".java");
        String text = Files.readString(src, StandardCharsets.UTF_8);
        int at = text.indexOf("void " + method + "(");
        if (at < 0) fail("no 'void " + method + "(' in " + src);
        int open = text.lastIndexOf("/**", at);
        int close = text.lastIndexOf("*/", at);
        if (open < 0 || close < open) fail(src + ": " + method + " has no javadoc");
        String between = text.substring(close + 2, at);
        if (between.contains(";") || between.contains("}")) fail(src + ": " + method + " has no javadoc of its own");
        return text.substring(open, close);
    }
}
