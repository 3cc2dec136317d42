package no.samspill.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import no.samspill.cli.Main;
import no.samspill.testing.Fakes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code samspill observe} on the deterministic fake model: what it writes, and what it refuses. */
class ObserveCommandTest {
    @TempDir
    Path tmp;

    private static final String SCENARIO = """
            name: tiny   # kept
            description: |
              Hand-written text.
              Observed (old)
            observed:
              replications: 3
              metrics: [handoffs_per_episode, rejected_after_assessment_share]
              units: [{unit: home-care, columns: [mean_wait_days]}]
              checks: ["P0 handoffs_per_episode: big > small", "episodes: big / small"]
            population: {inhabitants: 1000}
            variants:
              small: {}
              big: {population: {inhabitants: 30000}}
            """;

    record Outcome(int code, String out, String err) { }

    private Outcome exec(Main main, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Outcome(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void rewritesTheParagraphWithTheNumbersAndVerdicts() throws Exception {
        Path f = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
        Outcome o = exec(new Main().runFunction(Fakes.DETERMINISTIC), "observe", f.toString(), "--date", "2026-12-02");
        assertEquals(0, o.code(), o.err());
        String text = Files.readString(f);
        String p = DescriptionText.observed(text);
        // the fake's metrics are inhabitants/10,000 + U(0, 1) drawn from the seed: big − small is exactly 2.9 in every pair
        assertTrue(p.startsWith("Observed (2026-12-02, `samspill observe`, 3 replications, seed 1, 5 years): "
                + "hand-offs per episode small "), p);
        assertTrue(p.contains("; assessments ending without service small "), p);
        assertTrue(p.contains("%"), "shares as percentages: " + p);
        assertTrue(p.contains("; unit home-care (small): mean_wait_days 2.50; unit home-care (big): mean_wait_days 2.50."), p);
        assertTrue(p.contains("P0 hand-offs per episode big > small holds (+"), p);
        // episodes are 3 + U(0, 1) for big and 0.1 + U(0, 1) for small with the same U in a pair: the ratio varies
        assertTrue(p.matches(".*episodes big / small \\d+\\.\\d+ \\(\\d+\\.\\d+ to \\d+\\.\\d+, geometric mean of 3 paired ratios\\)\\..*"), p);
        assertTrue(text.startsWith("name: tiny   # kept\ndescription: |\n  Hand-written text.\n  Observed (2026-12-02"), text);
        assertTrue(text.endsWith("    small: {}\n  big: {population: {inhabitants: 30000}}\n".substring(2)), text);

        // --print changes nothing; a second run writes the same text
        Outcome printed = exec(new Main().runFunction(Fakes.DETERMINISTIC), "observe", f.toString(), "--date", "2026-12-02", "--print");
        assertEquals(0, printed.code());
        assertTrue(printed.out().contains(p), printed.out());
        assertEquals(text, Files.readString(f));
    }

    @Test
    void aReversedExpectationIsReportedAsReversed() throws Exception {
        Path f = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO.replace("big > small", "big < small"));
        assertEquals(0, exec(new Main().runFunction(Fakes.DETERMINISTIC), "observe", f.toString()).code());
        assertTrue(DescriptionText.observed(Files.readString(f)).contains("big < small REVERSED"));
    }

    @Test
    void failedRunsLeaveTheFileUnchanged() throws Exception {
        Path f = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO);
        Outcome o = exec(new Main().runFunction((s, seed, opt) -> { throw new IllegalStateException("boom"); }), "observe", f.toString());
        assertEquals(1, o.code());
        assertTrue(o.err().contains("run(s) failed") && o.err().contains("not changed"), o.err());
        assertEquals(SCENARIO, Files.readString(f));
    }

    @Test
    void badSpecificationsAreRefusedWithTheirLineBeforeAnythingRuns() throws Exception {
        Path f = Files.writeString(tmp.resolve("tiny.yaml"), SCENARIO.replace("handoffs_per_episode,", "handofs_per_episode,"));
        Outcome o = exec(new Main().runFunction((s, seed, opt) -> { throw new AssertionError("must not run"); }), "observe", f.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("tiny.yaml:7:") && o.err().contains("unknown metric 'handofs_per_episode'")
                && o.err().contains("did you mean 'handoffs_per_episode'?"), o.err());

        Files.writeString(f, SCENARIO.replace("big > small", "big >> small"));
        o = exec(new Main(), "observe", f.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("cannot read the check"), o.err());

        Files.writeString(f, SCENARIO.replace("big > small", "huge > small"));
        o = exec(new Main(), "observe", f.toString());
        assertTrue(o.code() == 2 && o.err().contains("unknown variant 'huge'"), o.err());

        Files.writeString(f, SCENARIO.replace("description: |\n  Hand-written text.\n  Observed (old)\n", "description: one line\n"));
        o = exec(new Main(), "observe", f.toString());
        assertTrue(o.code() == 2 && o.err().contains("block scalar"), o.err());

        Files.writeString(f, "name: plain\ndescription: |\n  x\n");
        o = exec(new Main(), "observe", f.toString());
        assertTrue(o.code() == 2 && o.err().contains("no 'observed:' key"), o.err());

        Files.writeString(f, SCENARIO.replace("  small: {}\n", "  small: {observed: {replications: 2}}\n"));
        o = exec(new Main(), "observe", f.toString());
        assertTrue(o.code() == 2 && o.err().contains("observed"), "a variant cannot change what is observed: " + o.err());
    }

    @Test
    void allObservesTheBundledScenariosButNotTheStudies() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("scenarios/studies"));
        Files.writeString(root.resolve("study.yaml"), "scenario: ../tiny.yaml\nfactors: []\n");
        Path f = Files.writeString(tmp.resolve("scenarios/tiny.yaml"), SCENARIO);
        Files.writeString(tmp.resolve("scenarios/plain.yaml"), "name: plain\n");
        Main main = new Main().runFunction(Fakes.DETERMINISTIC).scenariosRoot(tmp.resolve("scenarios"));
        Outcome o = exec(main, "observe", "--all", "--print");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("tiny.yaml:") && !o.out().contains("plain.yaml") && !o.out().contains("study"), o.out());
        assertEquals(SCENARIO, Files.readString(f));
        Outcome list = exec(new Main().scenariosRoot(tmp.resolve("scenarios")), "list");
        assertTrue(list.out().contains("tiny.yaml") && !list.out().contains("study.yaml"), "list skips scenarios/studies/: " + list.out());
    }
}
