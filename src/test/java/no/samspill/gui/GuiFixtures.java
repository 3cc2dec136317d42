package no.samspill.gui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.samspill.scenario.ScenarioFile;
import no.samspill.scenario.ScenarioLoader;
import no.samspill.scenario.Variant;

/** Small scenarios for the GUI tests and an image check. */
final class GuiFixtures {
    private GuiFixtures() { }

    /** The flagship's variants, shortened: 5,000 inhabitants, 60 days of warm-up, a quarter of a year measured. */
    static List<Choice> flagship() throws Exception {
        ScenarioFile f = ScenarioLoader.load(Path.of("scenarios", "governance-models.yaml"),
                List.of("population.inhabitants=5000", "run.warmup_days=60", "run.years=0.25", "run.reporting_interval_days=10"));
        List<Choice> out = new ArrayList<>();
        for (Variant v : f.variants()) out.add(new Choice(f.name() + ": " + v.name(), f.path().toString(), v.name(), v.scenario()));
        return out;
    }

    /** Standard deviation of the pixels' grey level: 0 for a blank image. */
    static double pixelSd(BufferedImage img) {
        double s = 0, ss = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double g = ((rgb >> 16) & 255) * 0.299 + ((rgb >> 8) & 255) * 0.587 + (rgb & 255) * 0.114;
                s += g;
                ss += g * g;
                n++;
            }
        }
        double m = s / n;
        return Math.sqrt(Math.max(0, ss / n - m * m));
    }

    /** Share of pixels that are not (near) white. */
    static double inkShare(BufferedImage img) {
        long ink = 0, n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 255) < 235 || ((rgb >> 8) & 255) < 235 || (rgb & 255) < 235) ink++;
                n++;
            }
        }
        return (double) ink / n;
    }
}
