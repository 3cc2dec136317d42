package no.samspill.experiment.study;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.samspill.metrics.Metric;
import no.samspill.report.Csv;

/**
 * runs.journal: one CSV line per finished run ({@code run_id,status,error,wall_seconds,<metrics>}), written to the
 * file as each run ends, so that a killed process loses only the runs in flight. The file is also forced to the disk
 * at most once a second (and when closed), so that a machine crash or power cut loses at most the last second's runs
 * without a disk flush per run slowing short runs on network file systems. A last line cut short by a crash (no line
 * end) is dropped on reading and truncated away before appending again.
 */
public final class Journal implements AutoCloseable {
    public static final String FILE = "runs.journal";

    /** The longest a finished run stays in the operating system's cache before it is forced to disk. */
    static final long FORCE_INTERVAL_NANOS = 1_000_000_000L;

    private final FileChannel channel;
    private long lastForce = System.nanoTime();

    private Journal(FileChannel channel) { this.channel = channel; }

    static List<String> header() {
        List<String> h = new ArrayList<>(List.of("run_id", "status", "error", "wall_seconds"));
        for (Metric m : Metric.values()) h.add(m.key);
        return h;
    }

    /** Creates a new journal with its header. */
    public static Journal create(Path dir) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Journal j = new Journal(ch);
        j.append(line(header()));
        return j;
    }

    /** Opens an existing journal for appending, cutting off a torn last line. */
    public static Journal reopen(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE);
        ch.truncate(completeLength(Files.readAllBytes(f)));
        ch.position(ch.size());
        return new Journal(ch);
    }

    private static long completeLength(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        return end;
    }

    /** The finished runs recorded in a directory's journal, by run id. */
    public static Map<Integer, RunRecord> read(Path dir) throws IOException {
        Path f = dir.resolve(FILE);
        byte[] bytes = Files.readAllBytes(f);
        String text = new String(bytes, 0, (int) completeLength(bytes), StandardCharsets.UTF_8);
        String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
        Map<Integer, RunRecord> out = new TreeMap<>();
        if (lines.length == 0 || lines[0].isEmpty()) throw new IOException(f + ": empty journal (no header)");
        if (!CsvReader.fields(lines[0]).equals(header())) {
            throw new IOException(f + ": the journal's columns differ from this samspill's metrics; it was written by another version");
        }
        int width = header().size();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) continue;
            List<String> c;
            try {
                c = CsvReader.fields(lines[i]);
            } catch (IllegalArgumentException e) {
                throw new IOException(f + ":" + (i + 1) + ": unreadable line: " + e.getMessage());
            }
            if (c.size() != width) throw new IOException(f + ":" + (i + 1) + ": expected " + width + " fields, got " + c.size());
            int id;
            try {
                id = Integer.parseInt(c.get(0));
                Double.parseDouble(c.get(3));
            } catch (NumberFormatException e) {
                throw new IOException(f + ":" + (i + 1) + ": malformed run line");
            }
            RunRecord r = new RunRecord(id, "ok".equals(c.get(1)), c.get(2), Double.parseDouble(c.get(3)), c.subList(4, width));
            if (out.put(id, r) != null) throw new IOException(f + ":" + (i + 1) + ": run " + id + " recorded twice");
        }
        return out;
    }

    /** Appends one finished run and forces it to disk. Thread-safe. */
    public synchronized void append(RunRecord r) throws IOException {
        List<String> row = new ArrayList<>(List.of(Integer.toString(r.runId()), r.status(), r.error(), Csv.num(r.wallSeconds())));
        row.addAll(r.metrics());
        append(line(row));
    }

    private static String line(List<String> fields) throws IOException {
        StringWriter w = new StringWriter();
        Csv.row(w, fields);
        return w.toString();
    }

    private void append(String line) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
        while (b.hasRemaining()) channel.write(b);
        long now = System.nanoTime();
        if (now - lastForce >= FORCE_INTERVAL_NANOS) {
            channel.force(false);
            lastForce = now;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            channel.force(false);
        } finally {
            channel.close();
        }
    }
}
