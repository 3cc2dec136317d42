package no.samspill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import no.samspill.core.units.Profession;
import no.samspill.core.config.Scenario;
import no.samspill.core.units.Channel;
import no.samspill.core.units.UnitKind;
import org.junit.jupiter.api.Test;

/** Variants over the base, and --set overrides over both. */
class MergeTest {
    private static final Path FILE = Path.of("src/test/resources/scenarios/two-units.yaml");

    private static Scenario variant(ScenarioFile f, String name) {
        return f.variants().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().scenario();
    }

    @Test
    void variantsComeInFileOrderWithoutTheBase() throws Exception {
        ScenarioFile f = ScenarioLoader.load(FILE, List.of());
        assertEquals(List.of("pa", "npm"), f.variants().stream().map(Variant::name).toList());
        assertEquals("two-units", f.name());
        assertTrue(f.description().startsWith("A hospital ward"));
    }

    @Test
    void emptyVariantEqualsTheBase() throws Exception {
        ScenarioFile f = ScenarioLoader.load(FILE, List.of());
        Scenario pa = variant(f, "pa");
        assertEquals(2, pa.units.size());
        assertEquals(30, pa.units.get(0).servers);
        assertEquals("PA", pa.governance.preset);
    }

    @Test
    void mapsMergeDeeply() {
        Scenario s = TestYaml.load("""
                run: {years: 2, warmup_days: 60}
                governance: {preset: PA, leadership: 0.7, overrides: {forums: 0.9}}
                variants:
                  v:
                    run: {years: 3}
                    governance: {overrides: {discretion: 0.8}}
                """).variants().get(0).scenario();
        assertEquals(3.0, s.run.years);
        assertEquals(60.0, s.run.warmupDays);
        assertEquals(0.7, s.governance.leadership);
        assertEquals(Map.of("forums", 0.9, "discretion", 0.8), s.governance.overrides);
    }

    @Test
    void listsWithIdsMergeItemByItemAndNewIdsAreAppended() throws Exception {
        Scenario npm = variant(ScenarioLoader.load(FILE, List.of()), "npm");
        assertEquals(List.of("hospital", "homecare", "purchaser"), npm.units.stream().map(u -> u.id).toList());
        assertEquals(25, npm.units.get(0).servers);                                  // overridden
        assertEquals(12.5, npm.units.get(0).staff.get(Profession.NURSE));            // kept from base
        assertEquals(UnitKind.HOSPITAL_WARD, npm.units.get(0).kind);                 // kept from base
        assertEquals(20.0, npm.units.get(1).staff.get(Profession.HEALTH_CARE_WORKER)); // untouched item
        assertEquals(UnitKind.PURCHASER_OFFICE, npm.units.get(2).kind);              // appended
    }

    @Test
    void mapsInsideListItemsMergeToo() {
        Scenario s = TestYaml.load("""
                units:
                  - {id: a, kind: GP_PRACTICE, staff: {GP: 4, NURSE: 2}}
                teams:
                  - {id: t, unit: a, members: {NURSE: 1}}
                variants:
                  v:
                    units: [{id: a, staff: {NURSE: 5}}]
                    teams: [{id: t, members: {GP: 1}}]
                """).variants().get(0).scenario();
        assertEquals(Map.of(Profession.GP, 4.0, Profession.NURSE, 5.0), s.units.get(0).staff);
        assertEquals(Map.of(Profession.NURSE, 1, Profession.GP, 1), s.teams.get(0).members);
    }

    @Test
    void otherListsAreReplacedWholesale() throws Exception {
        ScenarioFile f = ScenarioLoader.load(FILE, List.of());
        Scenario npm = variant(f, "npm");
        assertEquals(1, npm.links.size());
        assertEquals("purchaser", npm.links.get(0).to);
        assertEquals(Channel.WRITTEN_FORM, npm.links.get(0).channel);
        assertEquals("homecare", variant(f, "pa").links.get(0).to);
    }

    @Test
    void setAppliesOnTopOfEveryVariant() throws Exception {
        ScenarioFile f = ScenarioLoader.load(FILE, List.of("units.hospital.servers=40", "governance.preset=npg",
                "run.years=1"));
        for (Variant v : f.variants()) {
            assertEquals(40, v.scenario().units.get(0).servers, v.name());
            assertEquals("npg", v.scenario().governance.preset, v.name());
            assertEquals(1.0, v.scenario().run.years, v.name());
            assertEquals(40, ((Map<?, ?>) ((List<?>) v.resolved().get("units")).get(0)).get("servers"));
        }
        assertEquals(List.of("units.hospital.servers=40", "governance.preset=npg", "run.years=1"), f.overrides());
    }

    @Test
    void setAddressesListItemsByIndexAndMapKeys() throws Exception {
        ScenarioFile f = ScenarioLoader.load(FILE, List.of("units[1].servers=7", "units.hospital.staff.GP=2",
                "coordination.schemes[0].caseload_limit=12"));
        Scenario pa = variant(f, "pa");
        assertEquals(7, pa.units.get(1).servers);
        assertEquals(2.0, pa.units.get(0).staff.get(Profession.GP));
        assertEquals(12.5, pa.units.get(0).staff.get(Profession.NURSE));
        assertEquals(12, pa.coordination.schemes.get(0).caseloadLimit);
    }

    @Test
    void setParsesFlowCollectionsAndReplacesTheValue() {
        Scenario s = TestYaml.load("governance: {mix: {PA: 1}}\n", "governance.mix={NPM: 0.5, NPG: 0.5}",
                "links=[{from: a, to: b}]").variants().get(0).scenario();
        assertEquals(Map.of("NPM", 0.5, "NPG", 0.5), s.governance.mix);
        assertEquals("b", s.links.get(0).to);
    }

    @Test
    void laterSetWinsAndSetCreatesMissingSections() {
        Scenario s = TestYaml.load("name: x\n", "run.years=2", "run.years=3", "governance.change={preset: NPG, day: 400}")
                .variants().get(0).scenario();
        assertEquals(3.0, s.run.years);
        assertEquals("NPG", s.governance.change.preset);
        assertEquals(400.0, s.governance.change.day);
        assertEquals(365.0, s.governance.change.transitionDays);
    }

    @Test
    void setValueErrorsAreCheckedPerVariantButReportedOnce() {
        List<Diagnostic> ds = TestYaml.errors("variants: {a: {}, b: {}}\n", "run.years=-3");
        assertEquals(1, ds.size(), TestYaml.all(ds));
        assertTrue(ds.get(0).source().startsWith("--set #1"));
    }
}
