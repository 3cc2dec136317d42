package no.samspill.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.world.Event;
import no.samspill.core.world.EventType;
import no.samspill.core.world.Observer;
import no.samspill.metrics.TimeseriesRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI's views without a window: the screenshot images are drawn (not blank), the charts show what the model
 * counts, the network view shows every open episode, and watching a run does not change it. These paint into images,
 * so they run with or without a display.
 */
class ScreenshotAndChartsTest {

    @Test
    void screenshotCommandWritesTheNetworkViewAndEveryChartAndNoneIsBlank(@TempDir Path dir) throws Exception {
        List<Path> files = Gui.screenshot(GuiFixtures.flagship(), 1, 7, dir, 120);
        assertEquals(8, files.size(), "network, six charts and the chart grid: " + files);
        for (Path f : files) {
            assertTrue(Files.size(f) > 5_000, f + " is too small to hold a picture");
            BufferedImage img = ImageIO.read(f.toFile());
            assertTrue(GuiFixtures.pixelSd(img) > 10, f + " looks blank: grey-level sd " + GuiFixtures.pixelSd(img));
            assertTrue(GuiFixtures.inkShare(img) > 0.02, f + " has almost no ink: " + GuiFixtures.inkShare(img));
        }
    }

    @Test
    void chartsShowTheModelsCountsAndWatchingChangesNothing() throws Exception {
        List<Choice> choices = GuiFixtures.flagship();
        SamspillWithUI gui = new SamspillWithUI(choices, 1, 11);
        int[] open = new int[1];
        gui.model().addObserver(new Observer() {
            @Override public void started(no.samspill.core.world.World w) { open[0] = 0; }
            @Override public boolean wants(EventType t) { return t == EventType.EPISODE_START || t == EventType.EPISODE_END; }
            @Override public void event(Event e) { open[0] += e.type() == EventType.EPISODE_START ? 1 : -1; }
        });
        int[] checkedView = new int[1];
        gui.afterSample = d -> {
            // the users drawn are exactly the open episodes, counted independently from the event stream
            assertEquals(open[0], gui.view.usersCounted, "users in the view on day " + d.day());
            int dots = gui.view.users.getAllObjects().numObjs;
            assertEquals(gui.view.dotsDrawn, dots);
            assertTrue(dots <= open[0]);
            checkedView[0]++;
        };
        gui.start();
        while (gui.step()) { }
        gui.finish();
        assertTrue(checkedView[0] > 100, "the view was checked on " + checkedView[0] + " days");

        RunResult r = gui.result();
        Map<Double, DailySample> byDay = new HashMap<>();
        for (DailySample d : gui.probe.samples()) byDay.put(d.day(), d);
        long handoffs = 0;
        int compared = 0;
        for (TimeseriesRow row : r.timeseries()) {
            handoffs += Math.round(row.values().get("handoffs"));
            DailySample d = byDay.get(row.day());
            if (d == null) continue;
            compared++;
            assertEquals(row.values().get("cases_waiting"), d.casesWaiting(), 0, "cases waiting on day " + row.day());
            assertEquals(row.values().get("waiting_for_discharge"), d.waitingForDischarge(), 0, "ready for discharge on day " + row.day());
            assertEquals(handoffs, d.measuredHandoffs(), "hand-offs of measured episodes up to day " + row.day());
        }
        assertTrue(compared >= 8, "compared " + compared + " days with the model's time series");

        DailySample last = gui.probe.samples().get(gui.probe.samples().size() - 1);
        assertEquals(last.casesWaiting(), gui.charts.last("waiting", "cases in unit queues"), 0);
        assertEquals(last.handoffsPerEpisode(), gui.charts.last("handoffs", "hand-offs per episode"), 1e-12);
        assertEquals(last.involvement(), gui.charts.last("involvement", "involvement level"), 1e-12);

        // the GUI's observers and daily step leave the run exactly as a batch run with the same seed
        RunResult batch = Simulation.run(choices.get(1).scenario(), 11);
        assertEquals(batch.metrics(), r.metrics());
    }

    @Test
    void reformNowSwitchesGovernanceFromTheNextEventAndIsLoggedAndMarked() throws Exception {
        List<Choice> choices = GuiFixtures.flagship();
        SamspillWithUI gui = new SamspillWithUI(choices, 1, 5);   // NPM
        List<Event> reforms = new java.util.ArrayList<>();
        gui.model().addObserver(new Observer() {
            @Override public boolean wants(EventType t) { return t == EventType.REFORM; }
            @Override public void event(Event e) { reforms.add(e); }
        });
        gui.start();
        while (gui.state.schedule.getTime() < 90 && gui.step()) { }
        int markersBefore = gui.charts.all().get(0).generator().getChart().getXYPlot().getDomainMarkers(org.jfree.ui.Layer.FOREGROUND).size();
        gui.tab.setPreset(2);   // NPG
        gui.tab.setReformNow(true);
        assertEquals(1, reforms.size());
        assertEquals("NPG", reforms.get(0).other());
        assertEquals(1.0, gui.model().world().gov().probability(no.samspill.core.governance.DecisionLocus.JOINT_MEETING), 0);
        assertEquals(markersBefore + 1, gui.charts.all().get(0).generator().getChart().getXYPlot()
                .getDomainMarkers(org.jfree.ui.Layer.FOREGROUND).size(), "a marker on the charts");
        while (gui.step()) { }
        gui.finish();
        // a fresh start goes back to the scenario's own rules
        gui.start();
        assertEquals(1.0, gui.model().world().gov().probability(no.samspill.core.governance.DecisionLocus.PURCHASER_OFFICE), 0);
        gui.finish();
    }

    @Test
    void inspectorsShowAUnitsQueueStaffTimeBudgetAndAUsersPathwayAndTheModelTabHasRangesAndHelp() throws Exception {
        SamspillWithUI gui = new SamspillWithUI(GuiFixtures.flagship(), 0, 2);
        gui.start();
        while (gui.state.schedule.getTime() < 120 && gui.step()) { }
        Map<String, Object> unit = properties(gui.view.nodes().get(0));
        for (String p : List.of("Queue", "Staff", "TimeBudget", "Utilisation", "CaseSlots", "Links"))
            assertTrue(unit.containsKey(p), "unit inspector lacks " + p + ": " + unit.keySet());
        Object dot = gui.view.users.getAllObjects().objs[0];
        Map<String, Object> user = properties(dot);
        for (String p : List.of("Pathway", "Plan", "Coordinators", "WaitingDays", "Involvement", "MeanQueueDays"))
            assertTrue(user.containsKey(p), "user inspector lacks " + p + ": " + user.keySet());
        assertTrue(((String[]) user.get("Pathway")).length > 0, "a user with an open episode has a pathway so far");

        sim.util.SimpleProperties tab = new sim.util.SimpleProperties(gui.tab);
        int sliders = 0, described = 0;
        for (int i = 0; i < tab.numProperties(); i++) {
            if (tab.getDomain(i) instanceof sim.util.Interval) sliders++;
            if (tab.getDescription(i) != null && !tab.getDescription(i).isBlank()) described++;
        }
        assertTrue(sliders >= 13, "governance rules and capacities as sliders: " + sliders);
        assertTrue(described >= tab.numProperties() - 2, "help texts: " + described + " of " + tab.numProperties());
        gui.finish();
    }

    private static Map<String, Object> properties(Object o) {
        sim.util.SimpleProperties p = new sim.util.SimpleProperties(o);
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < p.numProperties(); i++) m.put(p.getName(i), p.getValue(i));
        return m;
    }
}
