package no.samspill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 bug 3: anchors, aliases and merge keys "work as usual" in real files of any sensible size, while alias
 * bombs (a few lines that expand to billions of nodes) are still refused, with a location.
 */
class AliasLimitTest {
    static String unitsWithMergeKeys(int n) {
        StringBuilder sb = new StringBuilder("""
                name: many-units
                defaults:
                  home: &d {kind: HOME_CARE_ZONE, staff: {NURSE: 4, HEALTH_CARE_WORKER: 6}, servers: 8}
                units:
                """);
        for (int i = 0; i < n; i++) sb.append("  - {<<: *d, id: zone").append(i).append("}\n");
        return sb.toString();
    }

    @Test
    void sixtyUnitsBuiltWithMergeKeysLoad() {
        String yaml;
        // the anchor on a top-level key would be an unknown setting: anchor the first unit instead
        yaml = """
                name: many-units
                units:
                  - &d {id: zone0, kind: HOME_CARE_ZONE, staff: {NURSE: 4, HEALTH_CARE_WORKER: 6}, servers: 8}
                """ + String.join("", java.util.stream.IntStream.range(1, 60)
                .mapToObj(i -> "  - {<<: *d, id: zone" + i + "}\n").toList());
        ScenarioFile f = TestYaml.load(yaml);
        assertEquals(60, f.variants().get(0).scenario().units.size());
        assertEquals(8, f.variants().get(0).scenario().units.get(59).servers);
    }

    @Test
    void aThousandMergeKeysParse() {
        List<Diagnostic> problems = new ArrayList<>();
        Tree t = YamlTree.parse(unitsWithMergeKeys(1000), "big.yaml", 0, problems);
        assertTrue(problems.isEmpty(), TestYaml.all(problems));
        assertNotNull(t);
    }

    @Test
    void billionLaughsIsRefusedWithALocation() {
        StringBuilder sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) sb.append(j > 0 ? ", " : "").append("*a").append(i - 1);
            sb.append("]\n");
        }
        List<Diagnostic> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        Tree t = YamlTree.parse(sb.toString(), "bomb.yaml", 0, problems);
        assertEquals(null, t);
        assertEquals(1, problems.size(), TestYaml.all(problems));
        Diagnostic d = problems.get(0);
        assertEquals("bomb.yaml", d.source());
        assertTrue(d.line() > 0 && d.column() > 0, d.format());
        assertTrue(d.message().contains("alias"), d.format());
        // refused early, not after building a billion nodes (a generous bound: no timing flakiness)
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L);
    }

    @Test
    void aBombInsideAMergeKeyIsRefusedToo() {
        StringBuilder sb = new StringBuilder("a0: &a0 {k0: 1, k1: 2, k2: 3, k3: 4, k4: 5, k5: 6, k6: 7, k7: 8, k8: 9, k9: 10}\n");
        for (int i = 1; i < 9; i++) {
            sb.append("a").append(i).append(": &a").append(i).append(" {");
            for (int j = 0; j < 10; j++) sb.append(j > 0 ? ", " : "").append("x").append(j).append(": *a").append(i - 1);
            sb.append("}\n");
        }
        sb.append("b: {<<: *a8}\n");
        List<Diagnostic> problems = new ArrayList<>();
        assertEquals(null, YamlTree.parse(sb.toString(), "bomb2.yaml", 0, problems));
        assertTrue(problems.get(0).line() > 0, TestYaml.all(problems));
    }
}
