package no.samspill.experiment.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.samspill.experiment.design.DesignPoint;

/**
 * Joins the shard directories of one experiment into one results directory, after checking that they belong
 * together: the same identity (experiment and base-scenario SHA-256, design, factors, seed, replications, …), the same
 * samspill build, the same shard count N, every index 1..N exactly once, each shard complete with exactly its runs.
 * The result files are written by the same code as an unsharded run, so they are byte-identical to it. The output
 * directory appears only once complete (written in a hidden sibling and renamed).
 */
public final class ShardMerger {
    private ShardMerger() { }

    public static Path merge(List<Path> shardDirs, Path out, StudyManifest.Info info) throws IOException, StudyException {
        if (shardDirs.isEmpty()) throw new StudyException("no shard directories given");
        if (Files.exists(out)) throw new StudyException(out + ": already exists; choose another --out");
        List<JsonNode> manifests = new ArrayList<>();
        for (Path d : shardDirs) {
            if (!Files.isDirectory(d)) throw new StudyException(d + ": no such directory");
            manifests.add(StudyManifest.read(d));
        }
        JsonNode first = manifests.get(0);
        StudyDefinition def = StudyDefinition.fromManifest(first);
        Integer count = null;
        Map<Integer, Path> byIndex = new TreeMap<>();
        for (int i = 0; i < shardDirs.size(); i++) {
            Path d = shardDirs.get(i);
            JsonNode m = manifests.get(i);
            String diff = StudyManifest.difference(first.get("identity"), m.get("identity"));
            if (diff != null) throw new StudyException(d + " belongs to another experiment than " + shardDirs.get(0) + " (" + diff + ")");
            ExperimentSession.sameBuild(m, new StudyManifest.Info(first.path("samspill_version").asText(null),
                    first.path("git_commit").asText(null), null, List.of()), d);
            JsonNode s = m.get("shard");
            int idx = s == null || s.isNull() ? 1 : s.get("index").asInt();
            int n = s == null || s.isNull() ? 1 : s.get("count").asInt();
            if (count == null) count = n;
            if (n != count) throw new StudyException(d + " is shard " + idx + "/" + n + " but " + shardDirs.get(0) + " is one of " + count);
            Path prev = byIndex.put(idx, d);
            if (prev != null) throw new StudyException("shard " + idx + "/" + n + " given twice: " + prev + " and " + d);
            if (!"complete".equals(m.path("status").asText())) {
                throw new StudyException(d + ": shard " + idx + "/" + n + " has not finished (status " + m.path("status").asText()
                        + "); continue it with samspill experiment FILE --resume " + d + " --shard " + idx + "/" + n);
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= count; i++) if (!byIndex.containsKey(i)) missing.add(i);
        if (!missing.isEmpty()) throw new StudyException("shards missing: " + missing + " of " + count);

        List<DesignPoint> points = def.points();
        if (points.size() != first.path("points").asInt()) {
            throw new StudyException(shardDirs.get(0) + ": this samspill builds " + points.size() + " design points, the manifest records "
                    + first.path("points").asInt());
        }
        Map<Integer, RunRecord> all = new TreeMap<>();
        for (Map.Entry<Integer, Path> e : byIndex.entrySet()) {
            Shard shard = new Shard(e.getKey(), count);
            Map<Integer, RunRecord> runs = Journal.read(e.getValue());
            for (StudyDefinition.Run r : def.runs(points.size())) {
                if (shard.contains(r.runId()) && !runs.containsKey(r.runId())) {
                    throw new StudyException(e.getValue() + ": run " + r.runId() + " of shard " + shard + " is missing from its journal");
                }
            }
            for (RunRecord r : runs.values()) {
                if (!shard.contains(r.runId())) throw new StudyException(e.getValue() + ": run " + r.runId() + " does not belong to shard " + shard);
                all.put(r.runId(), r);
            }
        }

        Path target = out.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
        try {
            StudyWriter writer = new StudyWriter(def, points);
            writer.writeResults(tmp, all);
            long failed = all.values().stream().filter(r -> !r.ok()).count();
            double runSeconds = all.values().stream().mapToDouble(RunRecord::wallSeconds).sum();
            String now = Instant.now().toString();
            StudyManifest.Progress p = new StudyManifest.Progress("complete", all.size(), all.size(), failed, now, now, 0, 0, 0, 0,
                    runSeconds, byIndex.values().stream().map(Path::toString).toList());
            StudyManifest.Info shardInfo = new StudyManifest.Info(first.path("samspill_version").asText(null),
                    first.path("git_commit").asText(null), first.path("git_dirty").isBoolean() ? first.get("git_dirty").asBoolean() : null,
                    info.command());
            StudyManifest.write(tmp, StudyManifest.build(def, points.size(), Shard.ALL, shardInfo, p, writer.resultFiles()));
            try {   // createTempDirectory makes it 0700, which would stick after the rename
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return target;
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
