package no.samspill.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A directory that is deleted on {@link #close()} and, if the JVM stops first (Ctrl-C), on shutdown; {@link #keep()}
 * disarms both once the directory has been renamed into place.
 */
final class TempDir implements AutoCloseable {
    private final Path dir;
    private final Thread hook;
    private boolean hooked;
    private boolean keep;

    TempDir(Path dir) {
        this.dir = dir;
        this.hook = new Thread(() -> deleteTree(dir), "samspill-cleanup");
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

    @Override
    public void close() {
        if (!keep) deleteTree(dir);
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
