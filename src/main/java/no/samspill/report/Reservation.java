package no.samspill.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * A results directory reserved for a run under way ({@link ResultsWriter#reserve}): the target, created empty at the
 * start, and a hidden working directory next to it that receives the files (and the event spool) and replaces the
 * target in one rename at the end ({@link #commit}).
 *
 * <p>The working directory's name says which process owns it: {@code .samspill-<pid>-<start>-<host>-<random>.partial}
 * (process id, the process's start time in epoch milliseconds, a hash of the host name). A run killed with SIGKILL
 * cannot clean up after itself; the next run in the same directory then finds a working directory whose owner no
 * longer lives on this host and removes it, with the empty directory it had reserved ({@link #cleanStale}).
 * Ctrl-C and ordinary termination clean up at once (a shutdown hook).
 */
public final class Reservation implements AutoCloseable {
    static final String PREFIX = ".samspill-";
    static final String SUFFIX = ".partial";
    /** Inside the working directory until commit: the name of the reserved target (for cleaning up after a kill). */
    static final String RESERVED_FILE = ".reserved";
    /** Inside the working directory: where {@link EventSpool} keeps each run's events until events.csv is written. */
    static final String SPOOL_DIR = ".events";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path createdParents;
    private final TempDir work;
    private boolean committed;

    private Reservation(Path target, Path createdParents, TempDir work) {
        this.target = target;
        this.createdParents = createdParents;
        this.work = work;
    }

    /**
     * Wraps an already created, empty target; removes it again (with the parents created for it, {@code
     * createdParents} being the topmost, or null) if the working directory cannot be made.
     */
    static Reservation around(Path target, Path createdParents) throws IOException {
        try {
            Path w = createWork(target.getParent(), target.getFileName().toString());
            return new Reservation(target, createdParents, new TempDir(w, target));
        } catch (IOException | RuntimeException e) {
            deleteIfEmptyDir(target);
            deleteEmptyUpTo(target.getParent(), createdParents);
            throw e;
        }
    }

    /** The reserved results directory (absolute). */
    public Path target() { return target; }

    /** The hidden working directory the files are written into. */
    public Path work() { return work.path(); }

    /** Whether {@link #commit} has moved the files into place. */
    public boolean committed() { return committed; }

    /**
     * Moves the working directory into place: it replaces the empty reserved target in one rename (atomic on POSIX
     * file systems). The spool and the bookkeeping file are removed first.
     */
    public void commit() throws IOException {
        if (committed) return;
        TempDir.deleteTree(work().resolve(SPOOL_DIR));
        Files.deleteIfExists(work().resolve(RESERVED_FILE));
        try {
            Files.move(work(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            moveReplacingEmpty();
        } catch (FileSystemException e) {
            // file systems where rename does not replace an empty directory
            if (!Files.isDirectory(target) || !isEmptyDir(target)) throw e;
            moveReplacingEmpty();
        }
        work.keep();
        committed = true;
    }

    private void moveReplacingEmpty() throws IOException {
        Files.delete(target);
        Files.move(work(), target);
    }

    /** Without a commit: removes the working directory, the reserved (empty) target and the parents made for it. */
    @Override
    public void close() {
        work.close();
        if (!committed) deleteEmptyUpTo(target.getParent(), createdParents);
    }

    /** Removes {@code dir} and its parents up to {@code top} (inclusive) while they are empty; nothing if top is null. */
    static void deleteEmptyUpTo(Path dir, Path top) {
        if (top == null) return;
        for (Path p = dir; p != null && p.startsWith(top); p = p.getParent()) {
            if (!isEmptyDir(p)) return;
            deleteIfEmptyDir(p);
        }
    }

    /** Creates an owned working directory in {@code parent}; {@code reservedName} (may be null) is recorded inside. */
    static Path createWork(Path parent, String reservedName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve(PREFIX + ownerTag() + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX);
            try {
                Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
                continue;
            }
            if (reservedName != null) Files.writeString(p.resolve(RESERVED_FILE), reservedName, StandardCharsets.UTF_8);
            return p;
        }
    }

    private static volatile String ownerTag;

    /** pid-start-host of this process. */
    static String ownerTag() {
        String t = ownerTag;
        if (t == null) {
            ProcessHandle me = ProcessHandle.current();
            long start = me.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
            t = me.pid() + "-" + start + "-" + hostHash();
            ownerTag = t;
        }
        return t;
    }

    private static String hostHash() {
        String h = Manifest.hostName();
        return Integer.toHexString((h == null ? "" : h).hashCode());
    }

    /**
     * Removes working directories in {@code parent} left by runs that were killed: those created on this host by a
     * process that no longer runs (or whose process id now belongs to a process started at another time), together
     * with the empty directory each had reserved. Directories of live runs, and of other hosts sharing the file
     * system, are left alone. Best effort: never throws.
     */
    static void cleanStale(Path parent) {
        String host = hostHash();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, PREFIX + "*" + SUFFIX)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                String[] parts = name.substring(PREFIX.length(), name.length() - SUFFIX.length()).split("-");
                if (parts.length != 4 || !parts[2].equals(host)) continue;
                long pid;
                long start;
                try {
                    pid = Long.parseLong(parts[0]);
                    start = Long.parseLong(parts[1]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (alive(pid, start)) continue;
                String reserved = null;
                try {
                    Path r = p.resolve(RESERVED_FILE);
                    if (Files.isRegularFile(r)) reserved = Files.readString(r, StandardCharsets.UTF_8).strip();
                } catch (IOException e) {
                    // leave the target
                }
                TempDir.deleteTree(p);
                if (reserved != null && !reserved.isEmpty() && !reserved.contains("/") && !reserved.contains("\\")) {
                    deleteIfEmptyDir(parent.resolve(reserved));
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
        cleanLegacySpools(parent);
    }

    /** Event spools of samspill versions before working directories named their owner. */
    static final String LEGACY_SPOOL_PREFIX = ".samspill-events-";
    /** A legacy spool untouched for this long belongs to a run that died: every finished run adds a file to it. */
    static final java.time.Duration LEGACY_SPOOL_AGE = java.time.Duration.ofDays(2);

    /**
     * Removes {@code .samspill-events-*} spools left by killed runs of earlier versions, which record no owner:
     * those whose newest file is older than {@link #LEGACY_SPOOL_AGE}. Best effort.
     */
    static void cleanLegacySpools(Path parent) {
        java.time.Instant cutoff = java.time.Instant.now().minus(LEGACY_SPOOL_AGE);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent, LEGACY_SPOOL_PREFIX + "*")) {
            for (Path p : ds) {
                if (!Files.isDirectory(p)) continue;
                java.time.Instant newest = Files.getLastModifiedTime(p).toInstant();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(p)) {
                    for (Path f : files) {
                        java.time.Instant t = Files.getLastModifiedTime(f).toInstant();
                        if (t.isAfter(newest)) newest = t;
                    }
                }
                if (newest.isBefore(cutoff)) TempDir.deleteTree(p);
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    private static boolean alive(long pid, long start) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) return false;
        if (start == 0) return true;
        return h.get().info().startInstant().map(i -> i.toEpochMilli() == start).orElse(true);
    }

    static boolean isEmptyDir(Path dir) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            return !ds.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteIfEmptyDir(Path dir) {
        try {
            if (Files.isDirectory(dir) && isEmptyDir(dir)) Files.deleteIfExists(dir);
        } catch (IOException e) {
            // best effort: not empty after all, or gone
        }
    }
}
