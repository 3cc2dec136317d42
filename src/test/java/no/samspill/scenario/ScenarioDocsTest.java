package no.samspill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.samspill.core.config.Param;
import org.junit.jupiter.api.Test;

/** docs/scenarios.md is generated; it must never go stale. */
class ScenarioDocsTest {
    static final String REGENERATE = "./samspill docs";

    @Test
    void committedDocsMatchTheGeneratedOutput() throws Exception {
        Path file = ScenarioDocs.DEFAULT_OUTPUT;
        String generated = ScenarioDocs.generate();
        assertTrue(Files.exists(file), file + " is missing; generate it with: " + REGENERATE);
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(committed.equals(generated), file + " is stale: the config classes, their @Param annotations or "
                + "ScenarioDocs changed. Regenerate it with:\n  " + REGENERATE + "\nand commit the result.");
    }

    @Test
    void everyParameterIsDocumented() {
        String docs = ScenarioDocs.generate();
        walk(Schema.root(), "", docs);
    }

    private static void walk(Schema.Section section, String path, String docs) {
        for (Schema.Prop p : section.props().values()) {
            String key = path.isEmpty() ? p.key() : path + "." + p.key();
            assertTrue(docs.contains("| `" + key), "undocumented: " + key);
            Param param = p.param();
            if (param != null) assertTrue(docs.contains(param.doc().replace("|", "\\|")), "missing meaning of " + key);
            if (p.kind() == Schema.Kind.SECTION) walk(Schema.of(p.type()), key, docs);
            if (p.kind() == Schema.Kind.LIST) walk(Schema.of(p.type()), key + "[]", docs);
        }
    }

    @Test
    void theDocumentedExampleLoads() throws Exception {
        ScenarioFile f = ScenarioLoader.loadString(ScenarioDocs.EXAMPLE, "example", List.of());
        assertEquals(List.of("pa", "npm", "reform"), f.variants().stream().map(Variant::name).toList());
        assertEquals(3, f.variants().get(1).scenario().units.size());
        assertEquals("NPG", f.variants().get(2).scenario().governance.change.preset);
    }
}
