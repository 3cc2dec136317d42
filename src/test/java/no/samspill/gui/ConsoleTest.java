package no.samspill.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import no.samspill.api.Simulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;

/**
 * MASON's Console on the samspill model, on a real (or virtual, Xvfb) display. Skipped when there is no display:
 * .ci/run runs the whole suite under xvfb-run so that CI does run it.
 */
class ConsoleTest {
    /** Generous: the runs take about a second; this only stops a broken GUI from hanging the build. */
    static final long WAIT_SECONDS = 180;

    private Console console;
    private SamspillWithUI gui;
    private List<Choice> choices;

    @BeforeEach
    void open() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: the Console tests run under xvfb-run (see .ci/run)");
        choices = GuiFixtures.flagship();
        AtomicReference<Console> c = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            gui = new SamspillWithUI(choices, 2, 3);   // NPG, seed 3 in the seed field
            Console k = new Console(gui);
            k.setIncrementSeedOnStop(false);
            k.setVisible(true);
            c.set(k);
        });
        console = c.get();
        gui.tab.setRedrawEveryDays(30);   // what a teacher does for long runs; keeps the test lean
    }

    @AfterEach
    void close() throws Exception {
        if (console == null) return;
        stop();
        SwingUtilities.invokeAndWait(() -> {
            gui.quit();
            console.setVisible(false);
            console.dispose();
        });
    }

    /** Presses Play and waits until the run has finished by itself (the horizon's kill empties the schedule). */
    private Map<String, Double> playToTheEnd() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        gui.onFinish = done::countDown;
        play();
        assertTrue(done.await(WAIT_SECONDS, TimeUnit.SECONDS), "the run did not finish");
        waitUntilStopped();
        return gui.result().metrics();
    }

    /*
     * Play and Stop are pressed on the Swing event thread, as a click on the Console's buttons is. Pressed from the
     * test's own thread, pressPlay held the Console's lock while it rebuilt the inspector pane under Swing's tree
     * lock, which the event thread held while it waited for the Console: a deadlock that hung CI's GUI tests once.
     */
    private void play() throws Exception { SwingUtilities.invokeAndWait(console::pressPlay); }

    private void stop() throws Exception { SwingUtilities.invokeAndWait(console::pressStop); }

    private void waitUntilStopped() throws Exception {
        // the Console leaves PLAYING on its own thread after finish(); the Swing queue runs its state change
        for (int i = 0; i < 2000 && console.getPlayState() != Console.PS_STOPPED; i++) SwingUtilities.invokeAndWait(() -> { });
    }

    @Test
    void stopAndPlayStartsAFreshRunWithTheSeedFieldsSeedAndGivesTheBatchRunsMetrics() throws Exception {
        Map<String, Double> batch = Simulation.run(choices.get(2).scenario(), 3).metrics();

        // first Play, stopped in the middle of the run
        CountDownLatch day50 = new CountDownLatch(1);
        gui.afterSample = d -> { if (d.day() >= 50) day50.countDown(); };
        play();
        assertTrue(day50.await(WAIT_SECONDS, TimeUnit.SECONDS), "the run did not reach day 50");
        gui.afterSample = null;
        stop();
        waitUntilStopped();

        // Play again: a fresh run from day 0 with the seed in the seed field, equal to the batch run
        assertEquals(batch, playToTheEnd(), "Stop + Play");
        assertEquals(3, gui.model().seed());
        // and once more after a run that ended by itself
        assertEquals(batch, playToTheEnd(), "Play after the end");
    }

    @Test
    void theDisplayAndTheChartsAreDrawnAndShowTheModelsCounts(@TempDir Path dir) throws Exception {
        playToTheEnd();
        Path shot = dir.resolve("display.png");
        SwingUtilities.invokeAndWait(() -> {
            try {
                gui.display.takeSnapshot(shot.toFile(), sim.display.Display2D.TYPE_PNG);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(shot.toFile());
        assertTrue(img.getWidth() > 300 && img.getHeight() > 200, "display size " + img.getWidth() + "x" + img.getHeight());
        assertTrue(GuiFixtures.pixelSd(img) > 10, "the display looks blank");
        assertTrue(GuiFixtures.inkShare(img) > 0.02, "the display has almost no ink");

        for (Charts.Chart c : gui.charts.all()) {
            BufferedImage ci = c.generator().getChart().createBufferedImage(600, 340);
            assertTrue(GuiFixtures.pixelSd(ci) > 10, c.file() + " looks blank");
        }
        // the charts' last points are the model's state at the last daily sample
        DailySample last = gui.probe.samples().get(gui.probe.samples().size() - 1);
        assertEquals(last.casesWaiting(), gui.charts.last("waiting", "cases in unit queues"), 0);
        assertEquals(last.waitingForDischarge(), gui.charts.last("waiting", "ready for discharge, still in hospital"), 0);
        assertTrue(gui.probe.samples().size() >= 150, "a point a day: " + gui.probe.samples().size());
    }

    @Test
    void clickingAUnitInTheNetworkViewHitsItForTheInspector() throws Exception {
        playToTheEnd();
        UnitNode node = gui.view.nodes().get(0);
        sim.util.Double2D at = gui.view.units.getObjectLocation(node);
        AtomicReference<Object> hit = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            sim.portrayal.DrawInfo2D field = gui.display.getDrawInfo2D(gui.view.unitsPortrayal, new java.awt.geom.Point2D.Double(0, 0));
            double sx = field.draw.width / NetworkView.WIDTH, sy = field.draw.height / NetworkView.HEIGHT;
            java.awt.geom.Point2D.Double px = new java.awt.geom.Point2D.Double(field.draw.x + at.x * sx, field.draw.y + at.y * sy);
            for (sim.util.Bag b : gui.display.objectsHitBy(px))
                for (Object o : b) if (((sim.portrayal.LocationWrapper) o).getObject() == node) hit.set(node);
        });
        assertEquals(node, hit.get(), "a click on " + node + " at " + at + " hits it");
    }
}
