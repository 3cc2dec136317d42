package no.samspill.experiment.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.samspill.experiment.file.ExperimentFileLoader;
import no.samspill.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

/** Every experiment file shipped under scenarios/studies/ is valid at every design point; docs/cluster.md shows the scripts as they are. */
class BundledExperimentsTest {
    @Test
    void bundledExperimentsPlanWithoutDiagnostics() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios", "studies"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "bundled experiments: " + files);
        for (Path f : files) {
            try {
                Study s = StudyPlanner.plan(ExperimentFileLoader.load(f));
                assertTrue(s.points().size() > 1, f.toString());
                if (f.getFileName().toString().equals("governance-screening.yaml")) {
                    // the throughput benchmark of docs/benchmark.md: 20 factors, r = 20, 3 replications, 4 variants
                    assertEquals(20, s.definition().factors().size());
                    assertEquals(21 * 20 * 4 * 3, s.definition().totalRuns(s.points().size()));
                }
            } catch (ScenarioException e) {
                throw new AssertionError(f + " does not plan:\n" + e.getMessage(), e);
            }
        }
    }

    @Test
    void clusterDocShowsTheScriptsVerbatim() throws IOException {
        String doc = Files.readString(Path.of("docs/cluster.md"));
        for (String script : List.of("scripts/cluster/samspill-array.sbatch", "scripts/cluster/samspill.sub")) {
            assertTrue(doc.contains(Files.readString(Path.of(script)).strip()), "docs/cluster.md must show " + script + " as it is");
        }
    }
}
