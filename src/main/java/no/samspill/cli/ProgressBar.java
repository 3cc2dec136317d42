package no.samspill.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import no.samspill.experiment.ProgressListener;

/**
 * Progress on stderr: on a terminal a bar redrawn in place with \r; otherwise (a log file, CI) one line per ~10 %.
 */
final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private int lastDecile = 0;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(int done, int total, Duration elapsed) {
        double secs = Math.max(1e-9, elapsed.toNanos() / 1e9);
        double rate = done / secs;
        String eta = done >= total ? "0:00" : clock(rate > 0 ? (total - done) / rate : Double.NaN);
        String stats = String.format(Locale.ROOT, "%d/%d runs  %.2f runs/s  ETA %s", done, total, rate, eta);
        if (terminal) {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + stats + "   ");
            if (done >= total) err.print("\n");
            err.flush();
        } else {
            int decile = total == 0 ? 10 : (int) ((long) done * 10 / total);
            if (decile > lastDecile) {
                lastDecile = decile;
                err.println(String.format(Locale.ROOT, "%3d%%  %s", (int) ((long) done * 100 / Math.max(1, total)), stats));
                err.flush();
            }
        }
    }

    static String clock(double seconds) {
        if (Double.isNaN(seconds) || Double.isInfinite(seconds)) return "?";
        long s = Math.round(seconds);
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec) : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}
