package no.samspill.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import no.samspill.report.html.Figure;
import no.samspill.report.html.Rendered;
import no.samspill.report.html.ResultsDir;
import no.samspill.report.html.ResultsDirException;
import no.samspill.report.html.RunReport;
import no.samspill.report.html.StudyReport;

/**
 * report.html and figures/ of a results directory, drawn from its CSV files and manifest.json alone. The one entry
 * point for {@code run} (through {@link ResultsWriter}, inside the temporary directory before its rename),
 * {@code experiment}, robustness studies and {@code samspill report DIR}; the kind comes from manifest.json.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    public static final String FIGURES = "figures";
    private static final SecureRandom RANDOM = new SecureRandom();

    private HtmlReport() { }

    /**
     * Draws the report in memory, then writes report.html and figures/ into {@code dir}, replacing earlier ones: new
     * files are written under temporary names and renamed into place, so an error leaves the directory as it was.
     *
     * @return the report file
     * @throws ResultsDirException the directory lacks a file the report needs, or a file is malformed (nothing written)
     * @throws IOException         writing failed (nothing left behind)
     */
    public static Path write(Path dir) throws ResultsDirException, IOException {
        Rendered r = render(dir);
        String tag = Long.toUnsignedString(RANDOM.nextLong(), 36);
        Path figTmp = dir.resolve("." + FIGURES + ".partial-" + tag);
        Path htmlTmp = dir.resolve("." + FILE + ".partial-" + tag);
        Path figOld = dir.resolve("." + FIGURES + ".old-" + tag);
        Path figures = dir.resolve(FIGURES);
        Path html = dir.resolve(FILE);
        // temporary names are deleted on failure and, if the JVM is stopped (Ctrl-C), on shutdown
        try (TempDir newFigures = new TempDir(figTmp); TempDir newHtml = new TempDir(htmlTmp); TempDir oldFigures = new TempDir(figOld)) {
            Files.createDirectory(newFigures.path());
            for (Figure f : r.figures()) Files.write(newFigures.path().resolve(f.file()), f.png());
            Files.writeString(newHtml.path(), r.html(), StandardCharsets.UTF_8);
            boolean hadFigures = Files.exists(figures);
            if (hadFigures) move(figures, oldFigures.path());
            try {
                move(figTmp, figures);
                move(htmlTmp, html);
            } catch (IOException | RuntimeException e) {
                // put the earlier figures back: the directory stays as it was
                if (Files.exists(figures) && !Files.exists(figTmp)) move(figures, figTmp);
                if (hadFigures) move(figOld, figures);
                throw e;
            }
            return html;
        }
    }

    /**
     * {@link #write} for a freshly written results directory (the temporary directory before its rename): a report that
     * cannot be drawn must not cost the results, so any failure is returned as a message (and nothing of the report is
     * left behind) instead of thrown; {@code samspill report DIR} can draw it later.
     *
     * @return null when report.html and figures/ were written, else what went wrong
     */
    public static String tryWrite(Path dir) {
        try {
            write(dir);
            return null;
        } catch (ResultsDirException | IOException | RuntimeException | Error e) {
            // Java reports a machine without fonts as an Error (InternalError, "No physical fonts"); out of memory passes
            if (e instanceof VirtualMachineError vm && !(e instanceof InternalError)) throw vm;
            TempDir.deleteTree(dir.resolve(FIGURES));
            try {
                Files.deleteIfExists(dir.resolve(FILE));
            } catch (IOException ignored) {
                // best effort: the message below says the report is missing
            }
            return explain(e);
        }
    }

    /** A drawing failure in plain words, with the remedy when it is a known one (no fonts installed). */
    public static String explain(Throwable e) {
        Throwable root = e;
        boolean fonts = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No physical fonts") || m.contains("Fontconfig head is null")) fonts = true;
            root = t;
        }
        if (fonts) {
            return "Java found no usable font to draw the charts (" + root.getMessage() + "); install one, e.g. "
                    + "apt-get install fontconfig fonts-dejavu-core on Debian";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Draws the report of a results directory in memory (nothing written). */
    public static Rendered render(Path dir) throws ResultsDirException {
        ResultsDir rd = ResultsDir.open(dir);
        return switch (rd.kind()) {
            case RUN -> RunReport.render(rd);
            case EXPERIMENT, ROBUSTNESS -> StudyReport.render(rd);
        };
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
