package no.samspill.core;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samspill.core.config.GovernanceConfig;
import no.samspill.core.config.PopulationConfig;
import no.samspill.core.config.RunConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.SettingsKey;
import no.samspill.core.config.SizingConfig;
import no.samspill.core.units.KindDefaults;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;

/**
 * The sizing pilot of the standard municipality (ODD §5.1 "Home care and the everyday-rehabilitation team"): who is
 * offered everyday rehabilitation is an allocation outcome (§7.3) that no formula over the demand settings knows, so
 * the load that home care and the team carry is measured in a short run of the standard mechanisms before the
 * municipality is sized. So is the purchaser office's: how many cases it handles (re-referrals of relay stages and
 * rejections included) follows from the pathways, and its handling time is its service time, not shortened by any
 * governance setting (ODD §10 #40 c). The pilot municipality plans home care for every request for help at home and the team for
 * every request whose potential at onset meets the criterion (neither saturates, so what they carry is their load),
 * runs under each pure governance preset (PA, NPM, NPG) with every other setting at its default, and returns, per
 * kind, the heaviest mean number of cases in service per inhabitant over the presets: every preset then meets the
 * same staff with stationary queues, as with the reporting burden {@code sizing.reporting}.
 * <p>
 * Only the scenario's population, demand, health, sizing, staffing and delivery settings enter the pilot; a
 * scenario's mechanism settings (an ablation twin's switch) do not change its municipality, so paired variants meet
 * equal capacity. The pilot's seed is fixed (structural, like the sizing sample's): sizing never uses the run's seed or
 * its random streams. Results are cached by the settings that enter, so replications and variants share one pilot.
 */
final class SizingPilot {
    private SizingPilot() {}

    /** Fixed seed of the pilot run (structural: sizing must not depend on the run's seed, ODD §5.1). */
    private static final long SEED = 20102;
    /** The pure presets the pilot runs (structural: the presets of ODD §6.2 that a mix blends). */
    private static final String[] PRESETS = {"PA", "NPM", "NPG"};

    private static final Map<String, double[]> CACHE = new ConcurrentHashMap<>();

    /**
     * Mean cases in service per inhabitant, {home care, everyday-rehabilitation team, purchaser office}: the heaviest
     * over the pure presets of the pilot run.
     */
    static double[] loadPerInhabitant(Scenario sc) {
        int inhabitants = Math.min(sc.population.inhabitants, sc.sizing.pilotMaxInhabitants);
        String key = inhabitants + "|" + SettingsKey.of(sc.population, sc.demand, sc.health, sc.sizing, sc.staffing, sc.delivery);
        return CACHE.computeIfAbsent(key, k -> run(sc, inhabitants)).clone();
    }

    private static double[] run(Scenario sc, int inhabitants) {
        double[] worst = new double[3];
        for (String preset : PRESETS) {
            Scenario p = new Scenario();
            p.name = "sizing-pilot-" + preset;
            p.population = copy(sc.population, new PopulationConfig());
            p.population.inhabitants = inhabitants;
            p.demand = sc.demand;
            p.health = sc.health;
            p.staffing = sc.staffing;
            p.delivery = sc.delivery;
            p.sizing = copy(sc.sizing, new SizingConfig());
            p.sizing.offerPilot = false;
            p.run = new RunConfig();
            p.run.warmupDays = sc.sizing.pilotWarmupDays;
            p.run.years = sc.sizing.pilotYears;
            p.run.reportingIntervalDays = p.run.horizonDays();
            p.governance = new GovernanceConfig();
            p.governance.preset = preset;
            p.units = MunicipalityBuilder.pilotUnits(p);
            Model m = new Model(p, SEED);
            m.start();
            while (m.schedule.step(m)) {
                // events drive everything
            }
            double now = m.world().horizon;
            double homeCare = 0, team = 0, office = 0;
            for (ServiceUnit u : m.world().units) {
                if (u.kind == UnitKind.HOME_CARE_ZONE) homeCare += u.meanBusy(now);
                else if (u.kind == UnitKind.EVERYDAY_REHAB_TEAM) team += u.meanBusy(now);
                else if (u.kind == UnitKind.PURCHASER_OFFICE) office += u.meanBusy(now);
            }
            m.finish();
            worst[0] = Math.max(worst[0], homeCare / inhabitants);
            worst[1] = Math.max(worst[1], team / inhabitants);
            worst[2] = Math.max(worst[2], office / inhabitants);
        }
        return worst;
    }

    /** Arrivals per day that give {@code load} cases in service at the kind's mean service time (Little's law). */
    static double perDay(double load, UnitKind kind) {
        return load / KindDefaults.of(kind).meanServiceDays();
    }

    private static <T> T copy(T from, T to) {
        try {
            for (Field f : from.getClass().getFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) continue;
                f.set(to, f.get(from));
            }
            return to;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
