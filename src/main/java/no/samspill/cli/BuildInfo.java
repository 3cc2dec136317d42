package no.samspill.cli;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.IVersionProvider;

/** The samspill version (jar manifest Implementation-Version, else "dev") and the git commit of the code, if known. */
public final class BuildInfo implements IVersionProvider {
    private static volatile String commit;
    private static volatile boolean commitLooked;

    public static String version() {
        String v = Main.class.getPackage() == null ? null : Main.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"samspill " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }

    /**
     * {@code git rev-parse HEAD} run in the directory the code was loaded from (the jar's directory or the classes
     * directory), so it names the commit of the samspill checkout, not of the user's working directory.
     * Null when git or the repository is unavailable; never throws.
     */
    public static String gitCommit() {
        if (!commitLooked) {
            synchronized (BuildInfo.class) {
                if (!commitLooked) {
                    commit = lookUpCommit();
                    commitLooked = true;
                }
            }
        }
        return commit;
    }

    private static String lookUpCommit() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            if (dir == null) return null;
            Process p = new ProcessBuilder("git", "-C", dir.toString(), "rev-parse", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null")))
                    .start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (URISyntaxException | RuntimeException | java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** picocli instantiates the version provider reflectively. */
    public BuildInfo() { }
}
