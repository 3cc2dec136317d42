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
    private static volatile Boolean dirty;
    private static volatile boolean commitLooked;

    public static String version() {
        String v = Main.class.getPackage() == null ? null : Main.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        String c = gitCommit();
        Boolean d = gitDirty();
        return new String[] {"samspill " + version(),
            "git commit " + (c == null ? "unknown (not run from a samspill git checkout)"
                : c + (Boolean.TRUE.equals(d) ? " (with uncommitted changes)" : "")),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }

    /**
     * {@code git rev-parse HEAD} run in the directory the code was loaded from (the jar's directory or the classes
     * directory), so it names the commit of the samspill checkout, not of the user's working directory; only if that
     * repository really is samspill's. Null when git or the repository is unavailable; never throws.
     */
    public static String gitCommit() {
        look();
        return commit;
    }

    /** Whether tracked files differ from {@link #gitCommit()} (null when unknown). */
    public static Boolean gitDirty() {
        look();
        return dirty;
    }

    private static void look() {
        if (!commitLooked) {
            synchronized (BuildInfo.class) {
                if (!commitLooked) {
                    lookUp();
                    commitLooked = true;
                }
            }
        }
    }

    private static void lookUp() {
        try {
            Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            if (dir == null) return;
            String[] lines = git(dir, "rev-parse", "--show-toplevel", "HEAD");
            if (lines == null || lines.length != 2 || !lines[1].matches("[0-9a-f]{40}")) return;
            Path top = Path.of(lines[0]);
            if (!Files.isRegularFile(top.resolve("src/main/java/no/samspill/cli/Main.java"))) return;
            commit = lines[1];
            String[] status = git(top, "status", "--porcelain", "--untracked-files=no");
            dirty = status == null ? null : status.length > 0;
        } catch (URISyntaxException | RuntimeException e) {
            // unknown
        }
    }

    /** Output lines of a git command, null if it failed or took more than 5 s. */
    private static String[] git(Path dir, String... args) {
        try {
            String[] cmd = new String[args.length + 3];
            cmd[0] = "git";
            cmd[1] = "-C";
            cmd[2] = dir.toString();
            System.arraycopy(args, 0, cmd, 3, args.length);
            Process p = new ProcessBuilder(cmd)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null")))
                    .start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0) return null;
            String text = new String(out, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? new String[0] : text.split("\\R");
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** picocli instantiates the version provider reflectively. */
    public BuildInfo() { }
}
