package no.samspill.scenario;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.samspill.core.config.CoordinationConfig;
import no.samspill.core.config.CoordinatorSchemeConfig;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.GovernanceConfig;
import no.samspill.core.config.HealthConfig;
import no.samspill.core.config.LinkConfig;
import no.samspill.core.config.OrganisationConfig;
import no.samspill.core.config.Param;
import no.samspill.core.config.PopulationConfig;
import no.samspill.core.config.RunConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.TeamConfig;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.governance.Governance;

/**
 * Writes docs/scenarios.md: hand-written prose on the file format followed by a reference of every key, generated
 * by reflection over the config classes and their {@link Param} annotations, so the reference cannot drift from the
 * code (ScenarioDocsTest fails when the committed file differs from {@link #generate()}); {@code samspill docs}
 * regenerates it.
 */
public final class ScenarioDocs {
    private ScenarioDocs() { }

    /** Where the documentation lives, relative to the project root. */
    public static final Path DEFAULT_OUTPUT = Path.of("docs", "scenarios.md");

    /** One sentence per section, shown under its heading (class comments are not available by reflection). */
    private static final Map<Class<?>, String> SECTION_PROSE = Map.ofEntries(
            Map.entry(Scenario.class, "Top-level settings naming the scenario."),
            Map.entry(RunConfig.class, "Run length, warm-up and reporting interval."),
            Map.entry(PopulationConfig.class, "The municipality's population and age structure."),
            Map.entry(DemandConfig.class, "Demand: episode rates and the attributes users are drawn with (ODD §2.1, §4.1)."),
            Map.entry(no.samspill.core.config.NeedsConfig.class, "Shares of the users' true needs that only some users of an episode type "
                    + "have (ODD §7.1, \"True needs\"); which services each type and complexity needs is the pathways' structure."),
            Map.entry(no.samspill.core.config.KindsConfig.class, "Settings by kind of unit (ODD §6.1): contacts a case has a day (the "
                    + "default of `units[].contacts_per_day`) and the staff mix of the standard municipality, whose shares sum to 1."),
            Map.entry(DemandConfig.DirectArrivalConfig.class, "Direct Poisson arrivals to named units, bypassing pathways (verification scenarios)."),
            Map.entry(UnitConfig.class, "Service units (ODD §2). Unset values take the defaults of the unit's kind. "
                    + "When `units` is empty, a standard municipality scaled to the population is built."),
            Map.entry(TeamConfig.class, "Teams attached to a unit (003A §3.3, §3.6; 003B §1.1)."),
            Map.entry(LinkConfig.class, "How two units coordinate: channel, mode, agreement and initial trust (002 B3.7; 003A §3.7; 003B §1.4)."),
            Map.entry(CoordinationConfig.class, "Coordination mechanisms: coordinators, meetings, discharge mode, records, job shadowing."),
            Map.entry(CoordinatorSchemeConfig.class, "Active coordinator schemes; several may land on one user (003B §1.2, §2)."),
            Map.entry(GovernanceConfig.class, "Governance as a vector of rules (ODD §2.8): a preset or a weighted mix, single overrides, leadership, a change."),
            Map.entry(GovernanceConfig.GovernanceChangeConfig.class, "A governance change (reform) during the run; omit for none. "
                    + "It needs a target `preset` or `mix`."),
            Map.entry(OrganisationConfig.class, "Slow organisational dynamics and structure (ODD §7.9; 004 C3.2, C6.3)."),
            Map.entry(HealthConfig.class, "Mechanism constants of health dynamics (ODD §7.7): per-day or per-event effects, never outcomes."),
            Map.entry(no.samspill.core.config.AllocationConfig.class, "Constants of assessment and allocation (ODD §7.3): meeting rhythm and hours, "
                    + "assessment delay and hours, the eligibility threshold's form, misrouting's return, re-emergence of needs judged not eligible."),
            Map.entry(no.samspill.core.config.PressureConfig.class, "Pressure responses (ODD §7.13): when a unit counts as under pressure, how far each "
                    + "response goes, and a switch per response (ablation); which responses a governance model allows is a governance rule."));

    /**
     * Valid values of settings that are plain text or free maps in the config classes but are checked against other
     * settings or against {@link Governance} when a scenario is loaded (see CrossChecks).
     */
    private static final Map<String, String> CHECKED_ELSEWHERE = Map.ofEntries(
            Map.entry("governance.preset", "one of: " + presets() + " (any case)"),
            Map.entry("governance.change.preset", "one of: " + presets() + " (any case); `preset` or `mix` is required"),
            Map.entry("governance.mix", "map; keys: " + presets() + "; values: number ≥ 0, not all zero"),
            Map.entry("governance.change.mix", "map; keys: " + presets() + "; values: number ≥ 0, not all zero"),
            Map.entry("governance.overrides", "map; keys and values: see *Governance override keys* below"),
            Map.entry("governance.change.overrides", "map; keys and values: see *Governance override keys* below"),
            Map.entry("teams[].unit", "id of a unit in `units`"),
            Map.entry("links[].from", "id of a unit in `units`"),
            Map.entry("links[].to", "id of a unit in `units`"),
            Map.entry("demand.direct[].unit", "id of a unit in `units`"),
            Map.entry("units[].id", "text, unique among units"),
            Map.entry("teams[].id", "text, unique among teams"),
            Map.entry("demand.complex_share", "number in [0, 1]; complex_share + wicked_share ≤ 1"),
            Map.entry("demand.wicked_share", "number in [0, 1]; complex_share + wicked_share ≤ 1"));

    private static String presets() {
        return String.join(", ", Schema.enumNames(Governance.Preset.class));
    }

    /** The full text of docs/scenarios.md. */
    public static String generate() {
        StringBuilder sb = new StringBuilder();
        sb.append(PROSE.replace("@EXAMPLE@", EXAMPLE.strip()));
        sb.append("\n## Reference\n\n");
        sb.append("Every key, with its meaning, unit, default, valid values and source. Paths use `[]` for the items ")
          .append("of a list and `<KEY>` for the keys of a map. *Required* keys have no default.\n");
        section(sb, Schema.root(), "", "Top level");
        sb.append(overridesReference());
        return sb.toString();
    }

    private static void section(StringBuilder sb, Schema.Section section, String path, String title) {
        sb.append("\n### ").append(title).append("\n\n");
        String prose = SECTION_PROSE.get(section.type());
        if (prose != null) sb.append(prose).append("\n\n");
        sb.append("| key | meaning | unit | default | valid | source |\n");
        sb.append("|---|---|---|---|---|---|\n");
        Object defaults = section.newInstance();
        for (Schema.Prop p : section.props().values()) {
            String key = path.isEmpty() ? p.key() : path + "." + p.key();
            Param param = p.param();
            String meaning = param != null ? param.doc() : nestedMeaning(p, key);
            sb.append("| `").append(key).append(p.kind() == Schema.Kind.MAP ? ".<" + mapKeyName(p) + ">" : "")
              .append("` | ").append(cell(meaning))
              .append(" | ").append(cell(param == null ? "" : param.unit()))
              .append(" | ").append(cell(p.required() ? "*required*" : defaultText(p, p.defaultOf(defaults))))
              .append(" | ").append(cell(validText(key, p)))
              .append(" | ").append(cell(param == null ? "" : param.source())).append(" |\n");
        }
        for (Schema.Prop p : section.props().values()) {
            String key = path.isEmpty() ? p.key() : path + "." + p.key();
            if (p.kind() == Schema.Kind.SECTION) section(sb, Schema.of(p.type()), key, "`" + key + "`");
            if (p.kind() == Schema.Kind.LIST) section(sb, Schema.of(p.type()), key + "[]", "`" + key + "[]` (list items)");
        }
    }

    /** The valid values of the setting at {@code key}, as shown in the docs. */
    static String validText(String key, Schema.Prop p) {
        return CHECKED_ELSEWHERE.getOrDefault(key, valid(p));
    }

    private static String nestedMeaning(Schema.Prop p, String key) {
        return switch (p.kind()) {
            case SECTION -> "Section: see `" + key + "` below";
            case LIST -> "List: see `" + key + "[]` below" + (Schema.of(p.type()).keyed() ? "; variants merge its items by `id`" : "");
            default -> "";
        };
    }

    private static String mapKeyName(Schema.Prop p) {
        return p.keyType().isEnum() ? p.keyType().getSimpleName().toUpperCase(java.util.Locale.ROOT) : "name";
    }

    private static String valid(Schema.Prop p) {
        String range = Fmt.range(p.param());
        switch (p.kind()) {
            case SECTION: return "map of settings";
            case LIST: return "list of maps";
            case MAP: {
                String keys = p.keyType().isEnum() ? "keys: " + String.join(", ", Schema.enumNames(p.keyType())) + "; " : "";
                String values = p.type() == Object.class ? "values per key (see below)" : "values: " + Schema.typeName(p.type())
                        + (range.isEmpty() ? "" : " " + range);
                return "map; " + keys + values;
            }
            default: {
                if (p.type().isEnum()) return "one of: " + String.join(", ", Schema.enumNames(p.type())) + " (any case)";
                return Schema.typeName(p.type()) + (range.isEmpty() ? "" : " in " + range);
            }
        }
    }

    static String defaultText(Schema.Prop p, Object v) {
        if (v == null) return "—";
        if (p.kind() == Schema.Kind.SECTION) return "";
        if (v instanceof Double d) return Fmt.num(d);
        if (v instanceof String s) return s.isEmpty() ? "\"\"" : s;
        if (v instanceof Collection<?> c) return c.isEmpty() ? "[]" : String.valueOf(c);
        if (v instanceof Map<?, ?> m) return m.isEmpty() ? "{}" : String.valueOf(m);
        return String.valueOf(v);
    }

    static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String overridesReference() {
        StringBuilder sb = new StringBuilder();
        sb.append("\n### Governance override keys\n\n");
        sb.append("Keys allowed in `governance.overrides` and `governance.change.overrides` (any case). ")
          .append("They are checked by `Governance.validateOverride`; their effects are documented in docs/ODD.md.\n\n");
        sb.append("| key | valid values |\n|---|---|\n");
        for (Governance.Rule r : Governance.Rule.values()) sb.append("| `").append(r.key()).append("` | number in [0, 1] |\n");
        for (Governance.Choice c : Governance.Choice.values()) {
            StringBuilder vals = new StringBuilder();
            for (Enum<?> e : c.options()) vals.append(vals.length() == 0 ? "" : ", ").append(e.name());
            sb.append("| `").append(c.key()).append("` | one of: ").append(vals).append(" |\n");
        }
        sb.append("\nGovernance presets (for `preset` and the keys of `mix`): ")
          .append(String.join(", ", Schema.enumNames(Governance.Preset.class))).append(".\n");
        return sb.toString();
    }

    /** The example scenario shown in the docs; ScenarioDocsTest checks that it loads. */
    public static final String EXAMPLE = """
            name: discharge-demo
            description: A hospital ward discharging to home care, under PA and NPM rules
            run:
              years: 2
              warmup_days: 90
            population:
              inhabitants: 15000
              share67_plus: 0.2
            units:
              - id: hospital
                kind: HOSPITAL_WARD
                staff: {NURSE: 12.5, HOSPITAL_PHYSICIAN: 3}
                servers: 30
              - id: homecare
                kind: HOME_CARE_ZONE
                staff: {NURSE: 8, HEALTH_CARE_WORKER: 20}
            links:
              - {from: hospital, to: homecare, channel: ELECTRONIC_MESSAGE, trust: 0.5}
            coordination:
              schemes:
                - {scheme: PATHWAY, coordinators: 3, caseload_limit: 15}
            governance:
              preset: PA
            variants:
              pa: {}
              npm:
                governance: {preset: NPM, overrides: {target_pressure: 0.9}}
                units:
                  - {id: hospital, servers: 25}               # merged into the base's hospital by id
                  - {id: purchaser, kind: PURCHASER_OFFICE}   # a new id: appended
              reform:
                governance:
                  change: {day: 455, transition_days: 365, preset: NPG}
            """;

    private static final String PROSE = """
            # Scenario files

            <!-- GENERATED by no.samspill.scenario.ScenarioDocs from the config classes and their @Param annotations.
                 Do not edit by hand. Regenerate with: ./samspill docs -->

            A scenario file is a YAML description of one municipality, its rules and the run. It is loaded by
            `ScenarioLoader.load(file, sets)`, which checks everything before any simulation starts and reports
            every problem at once.

            ## File structure

            The top-level keys are `name`, `description`, `source`, `run`, `population`, `demand`, `units`, `teams`,
            `links`, `coordination`, `governance`, `organisation`, `health`, `handoffs`, `learning`, `variants` and
            `observed`. Every key is optional:
            an omitted key takes the default listed in the reference below (an empty file is a valid scenario with
            a standard municipality). A few keys inside list items are required (unit `id` and `kind`, link `from`
            and `to`, team `unit`, coordinator `scheme`, direct-arrival `unit`).

            **Key names** are the Java field names of the config classes in `no.samspill.core.config` written in
            snake_case by Jackson's `SNAKE_CASE` rule: `warmupDays` → `warmup_days`, `meanLengthOfStayDays` →
            `mean_length_of_stay_days`, `hospitalDischargeRate` → `hospital_discharge_rate`. Digits stay attached to
            the word before them: `share67Plus` → `share67_plus`.

            **Enum values** (unit kinds, professions, channels, ...) are written as their upper-case names but are
            accepted in any case (`HOME_CARE_ZONE`, `home_care_zone`). The same holds for enum map keys such as
            professions in `staff: {NURSE: 12}` and for governance presets and override keys.

            **Numbers** are written plainly (`0.3`, `20_000`, `1e6`); a quoted number (`"12"`) is text and rejected.
            Booleans are `true`/`false` (also `yes`/`no`, `on`/`off`). YAML anchors, aliases and merge keys (`<<`)
            work as usual, as often as you like; only a file whose aliases expand to more than a million values
            (an "alias bomb") is refused, at the anchor where the expansion passed that limit.

            ## Variants

            `variants:` maps a variant name to a partial tree that is laid over the base (the rest of the file).
            A file without variants yields one variant named `base`; a file with variants yields exactly the named
            variants, in file order (the base alone is not run). `pa: {}` is a variant equal to the base.
            Merge rules:

            - **maps merge deeply**: a variant gives only the keys it changes, at any depth; this includes maps
              with free keys such as `staff`, `members`, `governance.mix` and `governance.overrides`;
            - **lists of items with an `id`** (`units`, `teams`) merge item by item by id: a variant item with an id
              of the base changes that item (deeply), a variant item with a new id is appended; every item of such
              a list in a variant must have an `id`;
            - **every other list** (`links`, `coordination.schemes`, `demand.direct`) is replaced wholesale;
            - scalars are replaced.

            A variant is checked like the base: an unknown key or a bad value in a variant is reported at its line in
            the variant.

            ## Observed results (`observed:`)

            A bundled scenario's description ends with what its variants showed when run: a paragraph starting
            "Observed (date, `samspill observe`, N replications, seed S, Y years): …". It is not typed by hand:
            the top-level key `observed:` says what it reports, and `samspill observe FILE` (or `--all` for every
            bundled scenario) runs the replications with common random numbers and rewrites that paragraph, and
            nothing else in the file, with the numbers, the checks' verdicts and the date. `--print` shows the
            paragraph without changing the file. `observed:` is not a setting of the model: a variant cannot change
            it and it is not in the resolved scenario.

            ```yaml
            observed:
              replications: 10            # default 10
              seed: 1                     # master seed, default 1
              variants: [PA, NPM]         # which variants the numbers are shown for (default: all)
              metrics: [coc_mean, handoffs_per_episode]                          # keys of docs/metrics.md
              units: [{unit: home-care-1, columns: [mean_wait_days, utilisation]}] # columns of units.csv
              checks:                     # expected directions, each with its paired 95 % CI
                - "P2 coc_mean: NPM < PA"
                - "P2 coc_mean: NPM / PA"
            ```

            A check `LABEL METRIC: A < B` (or `>`; the label is optional) is reported as *holds* when the 95 %
            confidence interval of the paired difference A − B lies on the expected side of 0, *REVERSED* when it
            lies on the other side, and *not significant* otherwise. `METRIC: A / B` reports the ratio of A to B:
            the geometric mean of the paired replications' ratios, with the 95 % t interval of their logarithms taken
            back by exp. The description must be a block scalar
            (`description: |`); the paragraph is the last one of the description (it is appended when missing).

            ## Command-line overrides (`--set`)

            `--set PATH=VALUE` changes one setting. Overrides are applied last, in the order given, on top of the
            base and of every variant. The path is the dotted list of keys; list items are addressed by their `id`
            or by index, and map keys by name:

            ```
            --set governance.preset=NPM
            --set run.years=2
            --set units.hospital.servers=40          # the unit with id 'hospital'
            --set units[0].servers=40                # the first unit
            --set units.hospital.staff.NURSE=14
            --set 'governance.mix={PA: 0.5, NPM: 0.5}'
            --set 'governance.change={day: 730, preset: NPG}'
            ```

            The value is read as YAML (a flow scalar or a flow collection) and **replaces** whatever is at the path
            (a map given with `--set` is not merged with the file's map). Missing sections on the way are created;
            a list item that does not exist is an error.

            ## Errors

            Problems are reported like compiler errors, all at once, each with the file, line and column, the
            setting's path, what is wrong and what would be valid:

            ```
            town.yaml:14:12: error: units[1].kind: unknown value 'HOSPITAL' for UnitKind
                did you mean 'HOSPITAL_WARD'? valid values: HOSPITAL_WARD, PURCHASER_OFFICE, ...
            town.yaml:3:3: error: run.warmupDays: unknown key 'warmupDays'
                did you mean 'warmup_days'?
            --set #1 'run.yeras=2':1:5: error: run.yeras: unknown key 'yeras'
                did you mean 'years'?
            ```

            The checks: YAML syntax; duplicate keys; unknown keys at every level (with a did-you-mean, or the list of
            valid keys); wrong types (text where a number is expected, fractions where a whole number is expected,
            a map where a value is expected); unknown enum values; values outside the valid range of the reference
            below (also each value of `staff`, `members` and `mix`); missing required keys; duplicate unit or team
            ids; teams, links and direct arrivals naming unknown units (checked when `units` is given);
            unknown governance presets and mix keys; all-zero or negative mix weights; invalid governance overrides;
            `complex_share + wicked_share > 1`; a governance change without a target; malformed `--set` arguments.

            ## Resolved scenarios

            Each loaded variant carries its *resolved tree*: every setting with its effective value (defaults
            included), keys in the order of the reference below. It is written into `manifest.json`;
            `ScenarioLoader.fromResolved(tree)` rebuilds exactly the same scenario from it.

            ## Example

            ```yaml
            @EXAMPLE@
            ```
            """;
}
