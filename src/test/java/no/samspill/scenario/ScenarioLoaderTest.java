package no.samspill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.samspill.core.units.Profession;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    private static final Path DIR = Path.of("src/test/resources/scenarios");

    @Test
    void minimalFileLoadsWithDefaults() throws Exception {
        ScenarioFile f = ScenarioLoader.load(DIR.resolve("minimal.yaml"), List.of());
        assertEquals("minimal", f.name());
        assertEquals(64, f.sha256().length());
        assertEquals(1, f.variants().size());
        Variant v = f.variants().get(0);
        assertEquals("base", v.name());
        Scenario d = new Scenario();
        Scenario s = v.scenario();
        assertEquals(d.run.years, s.run.years);
        assertEquals(d.run.warmupDays, s.run.warmupDays);
        assertEquals(d.population.inhabitants, s.population.inhabitants);
        assertEquals(d.demand.complexShare, s.demand.complexShare);
        assertEquals("PA", s.governance.preset);
        assertNull(s.governance.change);
        assertTrue(s.units.isEmpty());
    }

    @Test
    void emptyDocumentIsAllDefaults() {
        Scenario s = TestYaml.load("").variants().get(0).scenario();
        assertEquals(new Scenario().name, s.name);
        assertEquals(new Scenario().health.rehabGain, s.health.rehabGain);
    }

    @Test
    void omittedKeysKeepDefaultsNextToGivenOnes() {
        Scenario s = TestYaml.load("run: {years: 2}\nunits:\n  - {id: a, kind: GP_PRACTICE}\n").variants().get(0).scenario();
        assertEquals(2.0, s.run.years);
        assertEquals(new Scenario().run.warmupDays, s.run.warmupDays);
        assertEquals(2.0, s.units.get(0).maturity);   // UnitConfig default
        assertNull(s.units.get(0).owner);             // nullable: default of the kind
    }

    @Test
    void fullFileBindsEveryKind() throws Exception {
        ScenarioFile f = ScenarioLoader.load(DIR.resolve("two-units.yaml"), List.of());
        assertEquals(List.of("pa", "npm"), f.variants().stream().map(Variant::name).toList());
        Scenario pa = f.variants().get(0).scenario();
        assertEquals(60.0, pa.run.warmupDays);
        assertEquals(0.21, pa.population.share67Plus);
        assertEquals(UnitKind.HOME_CARE_ZONE, pa.units.get(1).kind);           // any case
        assertEquals(3.0, pa.units.get(0).staff.get(Profession.HOSPITAL_PHYSICIAN)); // enum map key, any case
        assertEquals(2, pa.teams.get(0).members.get(Profession.PHYSIOTHERAPIST));
        assertEquals(3, pa.coordination.schemes.get(0).coordinators);
        assertEquals(0.3, ((Number) pa.governance.overrides.get("target_pressure")).doubleValue());
    }

    @Test
    void resolvedTreeRoundTrips() throws Exception {
        ScenarioFile f = ScenarioLoader.load(DIR.resolve("two-units.yaml"), List.of("governance.mix={PA: 1, NPG: 3}"));
        for (Variant v : f.variants()) {
            Scenario rebuilt = ScenarioLoader.fromResolved(v.resolved());
            Map<String, Object> again = ScenarioLoader.toResolved(rebuilt);
            assertEquals(v.resolved(), again);
            assertEquals(v.scenario().units.size(), rebuilt.units.size());
            assertEquals(v.scenario().units.get(0).staff, rebuilt.units.get(0).staff);
            assertEquals(v.scenario().governance.mix, rebuilt.governance.mix);
            assertEquals(v.scenario().run.years, rebuilt.run.years);
        }
    }

    @Test
    void resolvedTreeIsCompleteAndOrdered() {
        Map<String, Object> r = TestYaml.load("units:\n  - {id: a, kind: GP_PRACTICE, staff: {NURSE: 1, GP: 2}}\n")
                .variants().get(0).resolved();
        assertEquals(List.of("name", "description", "source", "run", "population", "demand", "needs", "detection", "units", "teams",
                "links", "coordination", "governance", "organisation", "staffing", "sizing", "kinds", "involvement", "health", "handoffs", "learning",
                "ownership", "fit", "rehabilitation", "pressure", "indicators", "delivery", "allocation"), List.copyOf(r.keySet()));
        @SuppressWarnings("unchecked")
        Map<String, Object> unit = ((List<Map<String, Object>>) r.get("units")).get(0);
        assertEquals("GP_PRACTICE", unit.get("kind"));
        assertEquals(List.of("NURSE", "GP"), List.copyOf(((Map<?, ?>) unit.get("staff")).keySet()));
        assertEquals(545.0, ((Map<?, ?>) r.get("run")).get("warmup_days"));
    }

    @Test
    void yamlAnchorsAndMergeKeysWork() {
        Scenario s = TestYaml.load("""
                units:
                  - &ward {id: a, kind: HOSPITAL_WARD, servers: 10}
                  - {<<: *ward, id: b}
                """).variants().get(0).scenario();
        assertEquals("b", s.units.get(1).id);
        assertEquals(10, s.units.get(1).servers);
    }

    @Test
    void resolvedTreeSurvivesAJsonManifest() throws Exception {
        ScenarioFile f = ScenarioLoader.load(DIR.resolve("two-units.yaml"), List.of("governance.change={preset: NPG}"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Variant v : f.variants()) {
            String text = json.writeValueAsString(v.resolved());
            @SuppressWarnings("unchecked")
            Map<String, Object> read = json.readValue(text, Map.class);
            Scenario rebuilt = ScenarioLoader.fromResolved(read);
            assertEquals(text, json.writeValueAsString(ScenarioLoader.toResolved(rebuilt)), v.name());
        }
    }

    @Test
    void fromResolvedRejectsBadTrees() {
        ScenarioException e = org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class,
                () -> ScenarioLoader.fromResolved(Map.of("run", Map.of("years", -1))));
        assertEquals("resolved", e.diagnostics().get(0).source());
        assertEquals("run.years", e.diagnostics().get(0).path());
    }

    @Test
    void numbersMayUseUnderscoresAndExponents() {
        Scenario s = TestYaml.load("population: {inhabitants: 2e4}\ndemand: {direct: [{unit: a, rate_per_day: 1_000}]}\n")
                .variants().get(0).scenario();
        assertEquals(20000, s.population.inhabitants);
        assertEquals(1000.0, s.demand.direct.get(0).ratePerDay);
    }
}
