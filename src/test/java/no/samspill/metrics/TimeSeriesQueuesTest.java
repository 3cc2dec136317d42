package no.samspill.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/** The per-kind queue columns of the time series split the total queue: they add up to cases_waiting in every row. */
class TimeSeriesQueuesTest {
    @Test
    void queuesByKindAddUpToAllCasesWaiting() {
        Scenario s = new Scenario();
        s.population.inhabitants = 8000;
        s.run.years = 1;
        s.run.warmupDays = 60;
        s.governance.preset = "NPM";
        RunResult r = Simulation.run(s, 3L);
        assertTrue(r.timeseries().size() >= 10);
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        r.units().forEach(u -> kinds.add(UnitKind.valueOf(u.kind())));
        double anyQueue = 0;
        for (TimeseriesRow row : r.timeseries()) {
            double sum = 0;
            for (UnitKind k : UnitKind.values()) {
                Double q = row.values().get(TimeSeries.queueColumn(k));
                assertEquals(kinds.contains(k), q != null, k + ": a column exactly for the kinds the municipality has");
                if (q != null) sum += q;
            }
            assertEquals(row.values().get("cases_waiting"), sum, 0.0, "day " + row.day());
            anyQueue += sum;
        }
        assertTrue(anyQueue > 0, "some unit had a queue at some sample, so the check is not vacuous");
    }
}
