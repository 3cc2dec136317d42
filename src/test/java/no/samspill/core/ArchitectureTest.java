package no.samspill.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way (docs/ODD.md §3.7): no cycle among the packages of the core, none between the process
 * classes, and the core never depends on the api, metrics, report or cli. Read from the compiled classes with the
 * JDK's own jdeps, so it checks what the code really uses, imports or not.
 */
class ArchitectureTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\S+)\\s+->\\s+(\\S+)\\s");

    /** Edges among names starting with {@code prefix}, from {@code jdeps -verbose:<level> -filter:none}. */
    private static Map<String, Set<String>> graph(String level, String prefix) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps in this JDK"));
        StringWriter out = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "-verbose:" + level, "-filter:none",
                CLASSES.toString());
        assertEquals(0, rc, "jdeps failed");
        Map<String, Set<String>> g = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (!m.find()) continue;
            String a = m.group(1).split("\\$")[0], b = m.group(2).split("\\$")[0];
            if (a.startsWith(prefix) && b.startsWith(prefix) && !a.equals(b)) g.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
        }
        return g;
    }

    /** Strongly connected components with more than one member (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Set<String>> g) {
        Map<String, Integer> index = new HashMap<>(), low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> on = new TreeSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] next = {0};
        Set<String> nodes = new TreeSet<>(g.keySet());
        g.values().forEach(nodes::addAll);
        for (String v : nodes) if (!index.containsKey(v)) visit(v, g, index, low, stack, on, out, next);
        return out;
    }

    private static void visit(String v, Map<String, Set<String>> g, Map<String, Integer> index, Map<String, Integer> low,
                              Deque<String> stack, Set<String> on, List<Set<String>> out, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]++);
        stack.push(v);
        on.add(v);
        for (String w : g.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                visit(w, g, index, low, stack, on, out, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (on.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> c = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                on.remove(w);
                c.add(w);
            } while (!w.equals(v));
            if (c.size() > 1) out.add(c);
        }
    }

    @Test
    void noPackageCycleInsideTheCore() {
        assertTrue(Files.isDirectory(CLASSES), "compiled classes expected in " + CLASSES);
        Map<String, Set<String>> g = graph("package", "no.samspill.core");
        Set<String> packages = new TreeSet<>(g.keySet());
        g.values().forEach(packages::addAll);
        assertTrue(packages.size() >= 8, "the core's packages were read: " + packages);
        assertEquals(List.of(), cycles(g), "package cycles in the core");
    }

    @Test
    void noCycleBetweenProcessClasses() {
        Map<String, Set<String>> g = graph("class", "no.samspill.core.process.");
        assertTrue(g.containsKey("no.samspill.core.process.Allocation"), "the process classes were read: " + g.keySet());
        assertEquals(List.of(), cycles(g), "cycles between process classes");
    }

    @Test
    void theCoreDependsOnNothingOutsideIt() {
        Map<String, Set<String>> g = graph("package", "no.samspill.");
        for (Map.Entry<String, Set<String>> e : g.entrySet()) {
            if (!e.getKey().startsWith("no.samspill.core")) continue;
            for (String to : e.getValue()) assertTrue(to.startsWith("no.samspill.core"), e.getKey() + " -> " + to);
        }
    }
}
