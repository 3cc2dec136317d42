package no.samspill.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 bug 4: the launcher script exits 3 ("internal error") with a plain message when the build fails, and
 * keeps Maven's raw output in a log file whose path it prints. A copy of the launcher next to an empty source tree
 * (so it must build) runs with a stand-in `mvn` on the PATH that fails like an offline Maven with an empty
 * local repository.
 */
class LauncherTest {
    @TempDir
    Path tmp;

    @Test
    void aFailedBuildExitsThreeWithAPlainMessageAndTheMavenOutputInALog() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.copy(Path.of("samspill"), home.resolve("samspill"));
        Files.createDirectories(home.resolve("src/main/java"));
        Files.writeString(home.resolve("pom.xml"), "<project/>\n");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = Files.writeString(bin.resolve("mvn"), """
                #!/bin/sh
                echo "[ERROR] Failed to execute goal on project samspill: Cannot access central in offline mode"
                echo "[ERROR] -> [Help 1] raw maven noise"
                exit 1
                """);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", home.resolve("samspill").toString(), "--version")
                .directory(tmp.toFile());
        Path java = Path.of(ProcessHandle.current().info().command().orElse("/usr/bin/java")).getParent();
        pb.environment().put("PATH", bin + ":" + java + ":/usr/bin:/bin");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), "stdout:\n" + out + "\nstderr:\n" + err);
        assertTrue(err.contains("build failed"), err);
        assertFalse(err.contains("raw maven noise"), "Maven's raw output belongs in the log, not on the terminal:\n" + err);
        Matcher log = Pattern.compile("(/\\S+\\.log)").matcher(err);
        assertTrue(log.find(), "the log's path is printed:\n" + err);
        assertTrue(Files.readString(Path.of(log.group(1))).contains("raw maven noise"));
    }
}
