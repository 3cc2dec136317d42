package no.samspill.guard;

import static java.util.Locale.ROOT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.analysis.Warning;
import no.samspill.core.MunicipalityBuilder;
import no.samspill.core.agents.Complexity;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.PlannedNeed;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.process.Demand;
import no.samspill.core.units.UnitKind;
import ec.util.MersenneTwisterFast;

/**
 * Checks of a valid scenario, before it runs, for designs that would mislead a planner without any error: demand
 * that has no unit to go to (it is dropped and costs nothing), a unit that receives demand without staff, and a
 * horizon too short for the warm-up or the reporting interval.
 */
public final class ScenarioChecks {
    private ScenarioChecks() { }

    /** Demand needs a kind of unit the scenario does not have: it is dropped. */
    public static final String DEMAND_WITHOUT_UNIT = "demand_without_unit";
    /** A unit that receives demand has no staff. */
    public static final String UNIT_WITHOUT_STAFF = "unit_without_staff";
    /** The measured period is shorter than the warm-up. */
    public static final String HORIZON_SHORTER_THAN_WARMUP = "horizon_shorter_than_warmup";
    /** The measured period is shorter than the reporting interval: no time series. */
    public static final String HORIZON_SHORTER_THAN_REPORTING_INTERVAL = "horizon_shorter_than_reporting_interval";

    /** Warnings for one variant's scenario (an empty list when there is nothing to say). */
    public static List<Warning> check(String variant, Scenario s) {
        List<Warning> out = new ArrayList<>();
        horizon(variant, s, out);
        List<UnitConfig> units = s.units.isEmpty() ? MunicipalityBuilder.standardUnits(s) : s.units;
        Set<UnitKind> present = EnumSet.noneOf(UnitKind.class);
        for (UnitConfig u : units) if (u.kind != null) present.add(u.kind);

        // which unit kinds the demand needs, and how many episodes a year need each
        Map<UnitKind, Double> perYear = new EnumMap<>(UnitKind.class);
        Map<UnitKind, Set<EpisodeType>> from = new EnumMap<>(UnitKind.class);
        for (EpisodeType t : EpisodeType.values()) {
            double rate = Demand.ratePerDay(s, t) * 365.0;
            if (!(rate > 0)) continue;
            for (UnitKind k : kindsNeeded(t, s.needs)) {
                perYear.merge(k, rate, Double::sum);
                from.computeIfAbsent(k, x -> EnumSet.noneOf(EpisodeType.class)).add(t);
            }
        }
        for (Map.Entry<UnitKind, Double> e : perYear.entrySet()) {
            UnitKind k = e.getKey();
            if (present.contains(k)) continue;
            Map<String, Double> nums = new LinkedHashMap<>();
            nums.put("episodes_per_year", e.getValue());
            out.add(new Warning(DEMAND_WITHOUT_UNIT, variant, null, String.format(ROOT,
                    "demand with no unit to go to: about %,.0f episodes a year (%s) need a %s, and the scenario has "
                            + "none; those needs are dropped unserved, which makes waiting and cost look better than "
                            + "they are. Add a unit of kind %s, or set the demand rates of these episodes to 0 "
                            + "if that is intended.",
                    e.getValue(), names(from.get(k)), k, k), nums));
        }
        // units that receive demand (pathway demand for their kind, or direct arrivals) but have no staff
        Map<String, Double> direct = new LinkedHashMap<>();
        for (DemandConfig.DirectArrivalConfig d : s.demand.direct) {
            if (d.unit != null && d.ratePerDay > 0) direct.merge(d.unit, d.ratePerDay * 365.0, Double::sum);
        }
        for (UnitConfig u : units) {
            double fte = 0;
            for (Double x : u.staff.values()) if (x != null) fte += x;
            if (fte > 0) continue;
            double demand = perYear.getOrDefault(u.kind, 0.0) + direct.getOrDefault(u.id, 0.0);
            if (!(demand > 0)) continue;
            Map<String, Double> nums = new LinkedHashMap<>();
            nums.put("staff_fte", fte);
            nums.put("demand_per_year", demand);
            out.add(new Warning(UNIT_WITHOUT_STAFF, variant, u.id, String.format(ROOT,
                    "unit '%s' (%s) receives demand (about %,.0f cases a year) but has no staff (0 FTE): nobody "
                            + "can assess or serve its cases. Give it staff (units[].staff).", u.id, u.kind, demand), nums));
        }
        return out;
    }

    private static void horizon(String variant, Scenario s, List<Warning> out) {
        double measured = s.run.years * 365.0;
        double warmup = s.run.warmupDays;
        double interval = s.run.reportingIntervalDays;
        if (measured < interval) {
            Map<String, Double> nums = new LinkedHashMap<>();
            nums.put("measured_days", measured);
            nums.put("reporting_interval_days", interval);
            out.add(new Warning(HORIZON_SHORTER_THAN_REPORTING_INTERVAL, variant, null, String.format(ROOT,
                    "the measured period (run.years = %s, %.1f days) is shorter than the reporting interval "
                            + "(run.reporting_interval_days = %s): timeseries.csv will have no rows. Lengthen run.years "
                            + "or shorten the interval.", fmt(s.run.years), measured, fmt(interval)), nums));
        }
        if (measured < warmup) {
            Map<String, Double> nums = new LinkedHashMap<>();
            nums.put("measured_days", measured);
            nums.put("warmup_days", warmup);
            out.add(new Warning(HORIZON_SHORTER_THAN_WARMUP, variant, null, String.format(ROOT,
                    "the measured period (run.years = %s, %.1f days) is shorter than the warm-up "
                            + "(run.warmup_days = %s): the results rest on a short window and waits, caseloads and "
                            + "hours will be noisy. Measure for at least as long as the warm-up.",
                    fmt(s.run.years), measured, fmt(warmup)), nums));
        }
    }

    /**
     * The unit kinds an episode type can need: a hospital ward for hospital discharges, and the providers of every
     * service its planned needs can include (enumerated from {@link PlannedNeed#draw}, over every complexity and a
     * spread of draws, so that this follows the model's own pathways). Everyday rehabilitation is not among them: it is
     * offered instead of home care where a team exists (ODD §7.3), never required.
     */
    static Set<UnitKind> kindsNeeded(EpisodeType t, PlannedNeed.Shares needs) {
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        if (t == EpisodeType.HOSPITAL_DISCHARGE) kinds.add(UnitKind.HOSPITAL_WARD);
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        for (Complexity c : Complexity.values()) {
            for (int i = 0; i < 128; i++) {
                for (PlannedNeed n : PlannedNeed.draw(t, c, needs, r)) kinds.add(n.service().provider);
            }
        }
        return kinds;
    }

    private static String names(Set<EpisodeType> ts) {
        List<String> n = new ArrayList<>();
        for (EpisodeType t : ts) n.add(t.name().toLowerCase(ROOT).replace('_', ' '));
        return String.join(", ", n);
    }

    static String fmt(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
