package no.samspill.experiment.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One session of an experiment in its directory: a fresh start (the directory is created, design.csv and a "running"
 * manifest are written before any run) or a resumption (the directory's manifest must describe the same experiment
 * and shard; finished runs are skipped). Then the pending runs, and once every run of the directory has finished, the
 * result files: all of them for a whole experiment, runs.csv alone for a shard (merge writes the rest).
 */
public final class ExperimentSession {
    private final Study study;
    private final Path dir;
    private final Shard shard;
    private final StudyManifest.Info info;
    private final double validationSeconds;

    /** What a session did. */
    public record Outcome(Path dir, int alreadyDone, int ranNow, long failed, long planned, double wallSeconds) { }

    public ExperimentSession(Study study, Path dir, Shard shard, StudyManifest.Info info, double validationSeconds) {
        this.study = study;
        this.dir = dir;
        this.shard = shard;
        this.info = info;
        this.validationSeconds = validationSeconds;
    }

    public Path dir() { return dir; }

    /** The runs of this directory (the shard's slice), in run order. */
    public List<StudyDefinition.Run> planned() {
        return study.definition().runs(study.points().size()).stream().filter(r -> shard.contains(r.runId())).toList();
    }

    /** Creates the directory (which must not exist) with design.csv, a running manifest and an empty journal. */
    public void create() throws IOException, StudyException {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            throw new StudyException(dir + ": already exists; choose another --out, or continue it with --resume " + dir);
        }
        StudyWriter writer = new StudyWriter(study.definition(), study.points());
        writer.write(dir, StudyWriter.DESIGN, Map.of());
        Journal.create(dir).close();
        writeManifest("running", Instant.now().toString(), null, 0, 0, 0, Map.of());
    }

    /** Checks that an existing directory holds this experiment and shard; returns the runs already finished. */
    public Map<Integer, RunRecord> checkResume() throws IOException, StudyException {
        if (!Files.isDirectory(dir)) throw new StudyException(dir + ": no such directory to resume");
        JsonNode m;
        try {
            m = StudyManifest.read(dir);
        } catch (IOException e) {
            throw new StudyException(e.getMessage());
        }
        String diff = StudyManifest.difference(m.get("identity"), study.definition().identity());
        if (diff != null) {
            throw new StudyException(dir + " holds another experiment than " + study.definition().experimentPath()
                    + " (" + diff + "); the experiment file, base scenario, design, seed and settings must be unchanged to resume");
        }
        JsonNode s = m.get("shard");
        Shard recorded = s == null || s.isNull() ? Shard.ALL : new Shard(s.get("index").asInt(), s.get("count").asInt());
        if (!recorded.equals(shard)) {
            throw new StudyException(dir + " holds shard " + recorded + " but --shard " + shard + " was given"
                    + (recorded.isAll() ? " (it is not sharded; drop --shard)" : "; resume it with --shard " + recorded));
        }
        sameBuild(m, info, dir);
        Map<Integer, RunRecord> done;
        try {
            done = Journal.read(dir);
        } catch (IOException e) {
            throw new StudyException("cannot resume " + dir + ": " + e.getMessage());
        }
        for (Integer id : done.keySet()) {
            if (!shard.contains(id) || id < 1 || id > study.definition().totalRuns(study.points().size())) {
                throw new StudyException(dir + ": the journal records run " + id + ", which is not a run of this " + (shard.isAll() ? "experiment" : "shard"));
            }
        }
        return done;
    }

    static void sameBuild(JsonNode m, StudyManifest.Info info, Path dir) throws StudyException {
        String v = m.path("samspill_version").asText(null);
        if (v != null && info.version() != null && !v.equals(info.version())) {
            throw new StudyException(dir + " was written by samspill " + v + ", this is " + info.version() + "; results would not be comparable");
        }
        String c = m.path("git_commit").asText(null);
        if (c != null && info.gitCommit() != null && !c.equals(info.gitCommit())) {
            throw new StudyException(dir + " was written by samspill at commit " + c + ", this build is " + info.gitCommit()
                    + "; results would not be comparable");
        }
    }

    /** Runs what is pending and, when the directory is complete, writes its result files. */
    public Outcome run(StudyRunner runner, Map<Integer, RunRecord> alreadyDone) throws IOException {
        String started = Instant.now().toString();
        long t0 = System.nanoTime();
        List<StudyDefinition.Run> planned = planned();
        List<StudyDefinition.Run> pending = new ArrayList<>();
        for (StudyDefinition.Run r : planned) if (!alreadyDone.containsKey(r.runId())) pending.add(r);
        Map<Integer, RunRecord> all = new TreeMap<>(alreadyDone);
        try (Journal journal = Journal.reopen(dir)) {
            for (RunRecord r : runner.run(study, pending, journal)) all.put(r.runId(), r);
        }
        StudyWriter writer = new StudyWriter(study.definition(), study.points());
        if (shard.isAll()) writer.writeResults(dir, all);
        else writer.write(dir, StudyWriter.RUNS, all);
        double wall = (System.nanoTime() - t0) / 1e9;
        long failed = all.values().stream().filter(r -> !r.ok()).count();
        writeManifest("complete", started, Instant.now().toString(), wall, Math.min(runner.threads(), Math.max(1, pending.size())),
                pending.size(), all);
        return new Outcome(dir, alreadyDone.size(), pending.size(), failed, planned.size(), wall);
    }

    private void writeManifest(String status, String started, String finished, double wall, int threads, int ranNow,
                               Map<Integer, RunRecord> runs) throws IOException {
        long failed = runs.values().stream().filter(r -> !r.ok()).count();
        double runSeconds = runs.values().stream().mapToDouble(RunRecord::wallSeconds).sum();
        StudyWriter writer = new StudyWriter(study.definition(), study.points());
        List<String> files = new ArrayList<>();
        if (!"complete".equals(status)) files.add(StudyWriter.DESIGN);
        else if (shard.isAll()) files.addAll(writer.resultFiles());
        else files.addAll(List.of(StudyWriter.DESIGN, StudyWriter.RUNS));
        files.add(Journal.FILE);
        StudyManifest.Progress p = new StudyManifest.Progress(status, planned().size(), runs.size(), failed, started, finished,
                wall, validationSeconds, threads, ranNow, runSeconds, null);
        StudyManifest.write(dir, StudyManifest.build(study.definition(), study.points().size(), shard, info, p, files));
    }
}
