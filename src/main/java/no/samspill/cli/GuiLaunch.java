package no.samspill.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import no.samspill.core.config.Scenario;
import no.samspill.gui.Choice;
import no.samspill.gui.Gui;

/**
 * The only class outside no.samspill.gui that names a GUI class. It is loaded when the {@code gui} command runs and
 * never otherwise (a test checks that a batch run loads no GUI class).
 */
final class GuiLaunch {
    private GuiLaunch() { }

    /** A scenario-chooser entry, in CLI terms. */
    record Entry(String label, String file, String variant, Scenario scenario) { }

    static java.util.concurrent.CountDownLatch open(List<Entry> entries, int index, long seed) {
        return Gui.open(choices(entries), index, seed);
    }

    static List<Path> screenshot(List<Entry> entries, int index, long seed, Path dir, int days) throws IOException {
        return Gui.screenshot(choices(entries), index, seed, dir, days);
    }

    private static List<Choice> choices(List<Entry> entries) {
        return entries.stream().map(e -> new Choice(e.label(), e.file(), e.variant(), e.scenario())).toList();
    }
}
