package no.samspill.scenario;

import static no.samspill.scenario.TestYaml.errors;
import static no.samspill.scenario.TestYaml.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every class of bad input is caught, located at the right line and column, and says what would be valid. */
class DiagnosticsTest {

    private static void at(Diagnostic d, int line, int column) {
        assertEquals(line, d.line(), d.format());
        assertEquals(column, d.column(), d.format());
    }

    @Test
    void yamlSyntaxError() {
        List<Diagnostic> ds = errors("name: x\nrun:\n  years: 2\n   warmup_days: 3\n");
        Diagnostic d = find(ds, "YAML syntax error");
        assertEquals(TestYaml.SRC, d.source());
        assertEquals(4, d.line(), d.format());
        assertTrue(d.format().startsWith("test.yaml:4:"), d.format());
    }

    @Test
    void unclosedBracketIsASyntaxError() {
        Diagnostic d = find(errors("run: {years: 2\nhealth: {}\n"), "YAML syntax error");
        assertTrue(d.line() >= 1 && d.line() <= 3, d.format());
    }

    /** SnakeYAML's scanner throws some errors without a mark (found by ScenarioFuzzTest): located after the last token read. */
    @Test
    void aScannerErrorWithoutAMarkIsLocatedAfterTheLastTokenRead() {
        Diagnostic d = find(errors("  - {{}\n} m"), "YAML syntax error");
        assertTrue(d.message().contains("simple key"), d.format());
        assertTrue(d.line() >= 1 && d.line() <= 2 && d.column() >= 1, d.format());
        assertTrue(d.format().startsWith("test.yaml:" + d.line() + ":"), d.format());
    }

    @Test
    void duplicateKey() {
        Diagnostic d = find(errors("run:\n  years: 2\n  years: 3\n"), "duplicate key 'years'");
        at(d, 3, 3);
        assertTrue(d.hint().contains("test.yaml:2"), d.hint());
    }

    @Test
    void unknownTopLevelKeyWithSuggestion() {
        Diagnostic d = find(errors("name: x\ngovernace:\n  preset: NPM\n"), "unknown key 'governace'");
        at(d, 2, 1);
        assertEquals("governace", d.path());
        assertEquals("did you mean 'governance'?", d.hint());
    }

    @Test
    void unknownNestedKeyWithSuggestionAndCamelCase() {
        List<Diagnostic> ds = errors("run:\n  years: 1\n  warmupDays: 30\n");
        Diagnostic d = find(ds, "unknown key 'warmupDays'");
        at(d, 3, 3);
        assertEquals("run.warmupDays", d.path());
        assertTrue(d.hint().contains("'warmup_days'"), d.hint());
    }

    @Test
    void unknownKeyInListItemListsValidKeysWhenNothingIsClose() {
        Diagnostic d = find(errors("units:\n  - id: a\n    kind: GP_PRACTICE\n    zzzzzzzzzz: 3\n"), "unknown key 'zzzzzzzzzz'");
        at(d, 4, 5);
        assertEquals("units[0].zzzzzzzzzz", d.path());
        assertTrue(d.hint().startsWith("valid keys here: id, kind, owner, staff"), d.hint());
    }

    @Test
    void stringWhereNumberExpected() {
        Diagnostic d = find(errors("run:\n  years: five\n"), "expected a number");
        at(d, 2, 10);
        assertEquals("run.years", d.path());
        assertTrue(d.message().contains("'five'"), d.message());
    }

    @Test
    void quotedNumberIsAStringWithHint() {
        Diagnostic d = find(errors("population:\n  inhabitants: \"5000\"\n"), "expected a whole number");
        at(d, 2, 16);
        assertEquals("remove the quotes to write a number", d.hint());
    }

    @Test
    void fractionWhereWholeNumberExpected() {
        Diagnostic d = find(errors("population: {inhabitants: 5000.5}\n"), "expected a whole number");
        at(d, 1, 27);
    }

    @Test
    void mapWhereNumberExpected() {
        Diagnostic d = find(errors("run:\n  years: {a: 1}\n"), "got a map");
        at(d, 2, 10);
    }

    @Test
    void unknownEnumValueListsValidValues() {
        List<Diagnostic> ds = errors("units:\n  - id: a\n    kind: HOSPITAL\n");
        Diagnostic d = find(ds, "unknown value 'HOSPITAL'");
        at(d, 3, 11);
        assertEquals("units[0].kind", d.path());
        assertTrue(d.hint().startsWith("did you mean 'HOSPITAL_WARD'? valid values: HOSPITAL_WARD, PURCHASER_OFFICE"), d.hint());
        assertEquals(1, ds.size(), TestYaml.all(ds));   // a required key with a bad value is not also "missing"
    }

    @Test
    void unknownEnumMapKeyWithSuggestion() {
        Diagnostic d = find(errors("units:\n  - id: a\n    kind: GP_PRACTICE\n    staff: {NURSE: 2, NURES: 3}\n"), "unknown Profession 'NURES'");
        at(d, 4, 23);
        assertTrue(d.hint().startsWith("did you mean 'NURSE'?"), d.hint());
    }

    @Test
    void valuesOutOfRange() {
        List<Diagnostic> ds = errors("""
                demand:
                  relatives_present: 1.5
                units:
                  - id: a
                    kind: GP_PRACTICE
                    staff: {NURSE: -2}
                teams:
                  - {id: t, unit: a, members: {NURSE: -1}}
                run: {years: 0}
                """);
        Diagnostic p = find(ds, "value 1.5 is out of range");
        at(p, 2, 22);
        assertEquals("valid range: [0, 1] (probability)", p.hint());
        Diagnostic staff = find(ds, "value -2 is out of range");
        at(staff, 6, 20);
        assertEquals("units[0].staff.NURSE", staff.path());
        assertEquals("valid range: ≥ 0 (FTE)", staff.hint());
        Diagnostic members = find(ds, "value -1 is out of range");
        at(members, 8, 39);
        Diagnostic years = find(ds, "value 0 is out of range");
        at(years, 9, 14);
        assertEquals(4, ds.size(), TestYaml.all(ds));
    }

    @Test
    void variantOverridingAnUnknownKeyIsLocatedInTheVariant() {
        List<Diagnostic> ds = errors("""
                governance: {preset: PA}
                variants:
                  npm:
                    governance:
                      presett: NPM
                """);
        Diagnostic d = find(ds, "unknown key 'presett'");
        at(d, 5, 7);
        assertEquals("governance.presett", d.path());
        assertEquals("did you mean 'preset'?", d.hint());
    }

    @Test
    void variantWithBadValueIsLocatedInTheVariant() {
        Diagnostic d = find(errors("run: {years: 2}\nvariants:\n  short: {run: {years: -1}}\n"), "out of range");
        at(d, 3, 24);
    }

    @Test
    void variantListItemWithoutIdCannotMerge() {
        Diagnostic d = find(errors("""
                units:
                  - {id: a, kind: GP_PRACTICE}
                variants:
                  v:
                    units:
                      - {servers: 3}
                """), "needs an 'id'");
        at(d, 6, 9);
    }

    @Test
    void topLevelTypoOfVariants() {
        Diagnostic d = find(errors("variant:\n  a: {}\n"), "unknown key 'variant'");
        assertEquals("did you mean 'variants'?", d.hint());
    }

    @Test
    void setWithUnknownPath() {
        Diagnostic d = find(errors("name: x\n", "run.yeras=2"), "unknown key 'yeras'");
        assertEquals("--set #1 'run.yeras=2'", d.source());
        at(d, 1, 5);
        assertEquals("did you mean 'years'?", d.hint());
    }

    @Test
    void setWithBadValue() {
        Diagnostic d = find(errors("name: x\n", "run.years=2", "governance.leadership=high"), "expected a number");
        assertEquals("--set #2 'governance.leadership=high'", d.source());
        at(d, 1, 23);
        assertEquals("governance.leadership", d.path());
    }

    @Test
    void setWithBadEnumValue() {
        Diagnostic d = find(errors("name: x\n", "organisation.structure=FLAT"), "unknown value 'FLAT'");
        assertTrue(d.hint().contains("FLAT_WITH_SECTOR_LAYER"), d.hint());
    }

    @Test
    void setWithoutEquals() {
        Diagnostic d = find(errors("name: x\n", "run.years"), "missing '='");
        assertEquals("--set #1 'run.years'", d.source());
        at(d, 1, 1);
    }

    @Test
    void setMalformedPathAndValueSyntax() {
        List<Diagnostic> ds = errors("name: x\n", "run..years=2", "governance.mix={PA: 1");
        find(ds, "malformed setting path");
        Diagnostic syntax = find(ds, "YAML syntax error");
        assertTrue(syntax.source().startsWith("--set #2"), syntax.format());
    }

    @Test
    void setAddressingAMissingListItem() {
        Diagnostic d = find(errors("units:\n  - {id: hospital, kind: HOSPITAL_WARD}\n", "units.hospitl.servers=3"),
                "no item with id 'hospitl'");
        assertEquals("did you mean 'hospital'?", d.hint());
        Diagnostic i = find(errors("units:\n  - {id: hospital, kind: HOSPITAL_WARD}\n", "units[4].servers=3"), "no item [4]");
        assertTrue(i.source().startsWith("--set #1"));
    }

    @Test
    void setIntoAScalar() {
        find(errors("name: x\n", "run.years.max=3"), "is a single value");
    }

    @Test
    void duplicateUnitIds() {
        Diagnostic d = find(errors("""
                units:
                  - {id: a, kind: GP_PRACTICE}
                  - {id: b, kind: GP_PRACTICE}
                  - {id: a, kind: NAV_OFFICE}
                """), "duplicate unit id 'a'");
        at(d, 4, 10);
        assertTrue(d.hint().contains("units[0]") && d.hint().contains("test.yaml:2"), d.hint());
    }

    @Test
    void referencesToUnknownUnits() {
        List<Diagnostic> ds = errors("""
                units:
                  - {id: hospital, kind: HOSPITAL_WARD}
                  - {id: homecare, kind: HOME_CARE_ZONE}
                teams:
                  - {id: t, unit: rehab}
                links:
                  - {from: hospitl, to: homecare}
                  - {from: hospital, to: nowhere}
                demand:
                  direct:
                    - {unit: gp, rate_per_day: 2}
                """);
        Diagnostic team = find(ds, "unknown unit 'rehab'");
        at(team, 5, 19);
        assertEquals("teams[0].unit", team.path());
        assertEquals("valid unit ids: hospital, homecare", team.hint());
        Diagnostic from = find(ds, "unknown unit 'hospitl'");
        at(from, 7, 12);
        assertEquals("did you mean 'hospital'?", from.hint());
        at(find(ds, "unknown unit 'nowhere'"), 8, 26);
        Diagnostic direct = find(ds, "unknown unit 'gp'");
        at(direct, 11, 14);
        assertEquals("demand.direct[0].unit", direct.path());
    }

    @Test
    void unknownGovernancePresetAndMixKey() {
        List<Diagnostic> ds = errors("governance:\n  preset: NPX\n  mix: {PA: 0.5, NPN: 0.5}\n");
        Diagnostic p = find(ds, "unknown governance preset 'NPX'");
        at(p, 2, 11);
        assertTrue(p.hint().contains("valid presets: PA, NPM, NPG"), p.hint());
        Diagnostic m = find(ds, "unknown governance preset 'NPN' in mix");
        at(m, 3, 23);
    }

    @Test
    void mixWeights() {
        Diagnostic zero = find(errors("governance:\n  mix: {PA: 0, NPM: 0}\n"), "all mix weights are zero");
        at(zero, 2, 8);
        Diagnostic neg = find(errors("governance:\n  mix: {PA: -1, NPM: 1}\n"), "out of range");
        at(neg, 2, 13);
        Diagnostic changeNeg = find(errors("governance:\n  change: {day: 10, mix: {NPG: -2}}\n"), "negative");
        at(changeNeg, 2, 32);
    }

    @Test
    void invalidGovernanceOverrides() {
        List<Diagnostic> ds = errors("""
                governance:
                  overrides:
                    target_presure: 0.5
                    decision_locus: NOBODY
                    forums: 2
                """);
        Diagnostic key = find(ds, "unknown governance override 'target_presure'");
        at(key, 3, 21);
        assertEquals("did you mean 'target_pressure'?", key.hint());
        Diagnostic locus = find(ds, "'decision_locus' must be one of");
        at(locus, 4, 21);
        Diagnostic forums = find(ds, "must lie in [0, 1]");
        at(forums, 5, 13);
        assertEquals("governance.overrides.forums", forums.path());
    }

    @Test
    void complexPlusWickedShareAboveOne() {
        Diagnostic d = find(errors("demand:\n  complex_share: 0.7\n  wicked_share: 0.4\n"), "exceeds 1");
        at(d, 3, 17);
        assertEquals("demand.wicked_share", d.path());
    }

    @Test
    void missingRequiredFields() {
        List<Diagnostic> ds = errors("""
                units:
                  - {kind: GP_PRACTICE}
                  - id: b
                links:
                  - {from: b}
                teams:
                  - {id: t}
                coordination:
                  schemes:
                    - {coordinators: 2}
                governance:
                  change: {day: 30}
                """);
        at(find(ds, "missing required key 'id'"), 2, 5);
        Diagnostic kind = find(ds, "missing required key 'kind'");
        at(kind, 3, 5);
        assertEquals("units[1].kind", kind.path());
        at(find(ds, "missing required key 'to'"), 5, 5);
        at(find(ds, "missing required key 'unit'"), 7, 5);
        at(find(ds, "missing required key 'scheme'"), 10, 7);
        at(find(ds, "needs a target 'preset' or 'mix'"), 12, 11);
        assertEquals(6, ds.size(), TestYaml.all(ds));
    }

    @Test
    void allProblemsAreReportedTogetherOnce() {
        List<Diagnostic> ds = errors("""
                run: {years: x}
                helth: {}
                variants:
                  a: {}
                  b: {}
                """);
        assertEquals(2, ds.size(), TestYaml.all(ds));   // base problems once, not once per variant
    }

    @Test
    void topLevelMustBeAMap() {
        Diagnostic d = find(errors("- a\n- b\n"), "must be a map of settings");
        at(d, 1, 1);
    }

    @Test
    void nullForASettingWithADefault() {
        Diagnostic d = find(errors("run:\n  years:\n"), "must have a value");
        assertTrue(d.hint().contains("default"), d.hint());
    }

    @Test
    void formatLooksLikeACompilerError() {
        Diagnostic d = find(errors("run:\n  years: five\n"), "expected a number");
        assertTrue(d.format().startsWith("test.yaml:2:10: error: run.years: expected a number, got a string 'five'"), d.format());
    }

    @Test
    void nestedVariantsAreRejected() {
        Diagnostic d = find(errors("variants:\n  a:\n    variants: {b: {}}\n"), "cannot be nested");
        at(d, 3, 5);
    }

    @Test
    void missingFileIsADiagnostic() {
        List<Diagnostic> ds = ScenarioLoader.validateOnly(java.nio.file.Path.of("no/such/file.yaml"), List.of());
        assertEquals(1, ds.size());
        assertTrue(ds.get(0).message().startsWith("cannot read the scenario file"), ds.get(0).message());
    }

    @Test
    void diagnosticsAreOrderedByLineThenSetArguments() {
        List<Diagnostic> ds = errors("run: {years: x}\ndemand: {complex_share: 0.9, wicked_share: 0.3}\nhelth: {}\n",
                "run.yeras=1");
        assertEquals(List.of(1, 2, 3, 1), ds.stream().map(Diagnostic::line).toList(), TestYaml.all(ds));
        assertTrue(ds.get(3).source().startsWith("--set #1"));
    }
}
