package no.samspill.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;

/**
 * Developer tool (not a test): runs every variant of a scenario file for a few seeds and prints the mean of chosen
 * metrics, to check that a scenario's variants differ in the direction its description claims.
 * Usage: java -cp ... no.samspill.scenario.ScenarioProbe FILE REPS metric1,metric2,... [--set path=value ...]
 */
public final class ScenarioProbe {
    private ScenarioProbe() { }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int reps = Integer.parseInt(args[1]);
        List<String> metrics = Arrays.asList(args[2].split(","));
        List<String> sets = new ArrayList<>();
        for (int i = 3; i < args.length; i++) if (!args[i].equals("--set")) sets.add(args[i]);
        ScenarioFile sf = ScenarioLoader.load(file, sets);
        StringBuilder head = new StringBuilder(String.format("%-16s", "variant"));
        for (String m : metrics) head.append(String.format(" %14s", m.length() > 14 ? m.substring(0, 14) : m));
        System.out.println(head + "   secs");
        for (Variant v : sf.variants()) {
            double[] sum = new double[metrics.size()];
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                RunResult res = Simulation.run(v.scenario(), 1000 + r);
                for (int j = 0; j < metrics.size(); j++) sum[j] += res.metrics().getOrDefault(metrics.get(j), Double.NaN);
            }
            if (Boolean.getBoolean("probe.units")) {
                RunResult res = Simulation.run(v.scenario(), 1000);
                for (no.samspill.metrics.UnitStats u : res.units()) {
                    System.out.printf("  unit %-18s servers %3d lambda %.4f/day  Wq %.4f d  Lq %.4f  L %.4f  W %.4f d  rho %.4f  lambda*Wq %.4f%n",
                            u.id(), u.servers(), u.arrivalRatePerDay(), u.meanWaitDays(), u.meanQueueLength(),
                            u.meanInSystem(), u.meanSojournDays(), u.utilisation(), u.arrivalRatePerDay() * u.meanWaitDays());
                }
            }
            StringBuilder row = new StringBuilder(String.format("%-16s", v.name()));
            for (double s : sum) row.append(String.format(" %14.4f", s / reps));
            System.out.println(row + String.format("   %.1f", (System.nanoTime() - t0) / 1e9));
        }
    }
}
