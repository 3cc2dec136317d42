package no.samspill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.samspill.core.config.Param;
import no.samspill.scenario.ParameterDocs.Basis;
import org.junit.jupiter.api.Test;

/** docs/parameters.md is generated from the @Param annotations; every setting is documented with unit and source. */
class ParameterDocsTest {
    @Test
    void committedDocsMatchTheGeneratedOutput() throws Exception {
        Path file = ParameterDocs.DEFAULT_OUTPUT;
        assertTrue(Files.exists(file), file + " is missing; generate it with: " + ScenarioDocsTest.REGENERATE);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).equals(ParameterDocs.generate()), file + " is stale: the "
                + "config classes or their @Param annotations changed. Regenerate it with:\n  "
                + ScenarioDocsTest.REGENERATE + "\nand commit the result.");
    }

    /** Every @Param of every config class has a doc, a unit and a source, and is reachable from a scenario file. */
    @Test
    void everyParamHasDocUnitAndSource() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<Field> documented = new HashSet<>();
        for (ParameterDocs.Entry e : ParameterDocs.entries()) {
            documented.add(e.prop().field());
            Param p = e.param();
            if (p.doc().isBlank()) problems.add(e.path() + ": no doc");
            if (p.unit().isBlank()) problems.add(e.path() + ": no unit (use \"category\", \"flag\", \"id\" or \"text\" when it has none)");
            if (p.source().isBlank()) problems.add(e.path() + ": no source (a seed section, \"assumption\" or \"scenario input\")");
        }
        for (Field f : annotatedFieldsOfConfigPackage()) {
            if (!documented.contains(f)) problems.add(f + ": @Param not reachable from a scenario file");
        }
        assertTrue(problems.isEmpty(), "settings without doc, unit or source:\n  " + String.join("\n  ", problems));
    }

    @Test
    void everySettingIsListedWithItsPathUnitDefaultAndBasis() {
        String doc = ParameterDocs.generate();
        for (ParameterDocs.Entry e : ParameterDocs.entries()) {
            String path = e.path() + (e.prop().kind() == Schema.Kind.MAP ? ".<key>" : "");
            String row = "| `" + path + "` | " + ScenarioDocs.cell(e.param().doc()) + " | " + ScenarioDocs.cell(e.param().unit()) + " | ";
            assertTrue(doc.contains(row), "missing row of " + path);
            assertTrue(doc.contains(" | " + e.basis().word + " | " + ScenarioDocs.cell(e.param().source()) + " |"), path);
        }
        assertTrue(doc.contains("| `handoffs.loss_written_form` |"), "paths are snake_case as in scenario files");
        assertTrue(doc.contains("| `units[].staff.<key>` |"));
        assertFalse(doc.contains("| MISSING |"));
    }

    @Test
    void basisIsReadFromTheSource() {
        assertEquals(Basis.SOURCED, Basis.of("003A §3.7, §7 item 17"));
        assertEquals(Basis.MAGNITUDE_ASSUMED, Basis.of("003A §3.8; magnitude assumption"));
        assertEquals(Basis.MAGNITUDE_ASSUMED, Basis.of("Helsedirektoratet, quality indicator (1.2 % in 2019); share [assumption]"));
        assertEquals(Basis.ASSUMPTION, Basis.of("assumption"));
        assertEquals(Basis.MISSING, Basis.of("ODD §7.10"), "the model's own description is not a source for itself");
        assertEquals(Basis.MISSING, Basis.of("ODD §7.11, §7.10"));
        assertEquals(Basis.SOURCED, Basis.of("Kern et al. 2017 (ODD §4.11.1)"));
        assertEquals(Basis.ABLATION, Basis.of("ablation switch (ODD §7.10)"));
        assertEquals(Basis.ASSUMPTION, Basis.of("assumption (ablation only)"));
        assertEquals(Basis.SCENARIO_INPUT, Basis.of("scenario input; channels 003A §3.7"));
        assertEquals(Basis.ABLATION, Basis.of("ablation switch (ODD §7.5)"));
        assertEquals(Basis.MISSING, Basis.of(" "));
    }

    /** The @Param fields of every class (and nested class) in core/config, read from the source folder. */
    private static List<Field> annotatedFieldsOfConfigPackage() throws Exception {
        Path dir = Path.of("src/main/java/no/samspill/core/config");
        List<Field> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                Class<?> c = Class.forName("no.samspill.core.config." + name);
                collect(c, out);
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static void collect(Class<?> c, List<Field> out) {
        for (Field f : c.getDeclaredFields()) if (f.isAnnotationPresent(Param.class)) out.add(f);
        for (Class<?> inner : c.getDeclaredClasses()) collect(inner, out);
    }
}
