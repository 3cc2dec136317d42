package no.samspill.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory that is deleted on {@link #close()} and, if the JVM stops first (Ctrl-C), on shutdown; {@link #keep()}
 * disarms both once the directory has been renamed into place. Optionally a second directory (a reserved results
 * directory) is removed with it if it is still empty. SIGKILL runs no hook: {@link Reservation#cleanStale} removes
 * what such a run left behind.
 */
final class TempDir implements AutoCloseable {
    private final Path dir;
    private final Path alsoIfEmpty;
    private final Thread hook;
    private boolean hooked;
    private volatile boolean keep;

    TempDir(Path dir) {
        this(dir, null);
    }

    TempDir(Path dir, Path alsoIfEmpty) {
        this.dir = dir;
        this.alsoIfEmpty = alsoIfEmpty;
        this.hook = new Thread(this::delete, "samspill-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(hook);
            hooked = true;
        } catch (IllegalStateException | SecurityException e) {
            hooked = false;
        }
    }

    Path path() { return dir; }

    /** Do not delete: the directory has been moved into place. */
    void keep() { keep = true; }

    private void delete() {
        if (keep) return;
        deleteTree(dir);
        if (alsoIfEmpty != null) Reservation.deleteIfEmptyDir(alsoIfEmpty);
    }

    @Override
    public void close() {
        delete();
        if (hooked) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException | SecurityException e) {
                // shutting down: the hook finds nothing left
            }
        }
    }

    /** Deletes a directory tree, best effort. */
    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
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
