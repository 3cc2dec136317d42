package no.samspill.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import sim.display.Console;

/**
 * Entry points of the GUI for the command line ({@code samspill gui}). Only the {@code gui} command calls into this
 * package, so batch runs never load a GUI class.
 */
public final class Gui {
    private Gui() { }

    /**
     * Opens MASON's Console on the chosen scenario and returns at once (the Console runs on the Swing thread); the
     * latch opens when the user quits.
     */
    public static java.util.concurrent.CountDownLatch open(List<Choice> choices, int index, long seed) {
        java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment();
        if (java.awt.GraphicsEnvironment.isHeadless()) throw new java.awt.HeadlessException();
        java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
        javax.swing.SwingUtilities.invokeLater(() -> {
            SamspillWithUI gui = new SamspillWithUI(choices, index, seed);
            gui.onQuit = closed::countDown;
            Console c = new Console(gui);
            c.setIncrementSeedOnStop(false);
            c.setVisible(true);
        });
        return closed;
    }

    /**
     * Runs {@code days} simulated days without user input and saves the network view ({@code network.png}), every
     * chart ({@code chart-<name>.png}) and all charts in one image ({@code charts.png}). Needs no display: it paints
     * into images, so it also works with {@code java.awt.headless=true}.
     *
     * @return the files written
     */
    public static List<Path> screenshot(List<Choice> choices, int index, long seed, Path dir, int days) throws IOException {
        SamspillWithUI gui = new SamspillWithUI(choices, index, seed);
        gui.start();
        while (gui.state.schedule.getTime() < days) {
            if (!gui.step()) break;
        }
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        Path net = dir.resolve("network.png");
        ImageIO.write(gui.view.paint(gui, 1.0), "png", net.toFile());
        out.add(net);
        out.addAll(gui.charts.save(dir, 800, 450));
        Path grid = dir.resolve("charts.png");
        ImageIO.write(gui.charts.grid(600, 340), "png", grid.toFile());
        out.add(grid);
        gui.finish();
        return out;
    }
}
