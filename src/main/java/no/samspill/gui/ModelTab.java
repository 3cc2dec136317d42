package no.samspill.gui;

import java.util.List;
import java.util.Locale;
import no.samspill.core.governance.Governance;
import no.samspill.core.governance.Governance.Choice;
import no.samspill.core.governance.Governance.Rule;
import sim.util.Interval;

/**
 * The Console's Model tab (MASON's property conventions: {@code getX}/{@code setX}, {@code domX} for a slider range
 * or pop-up, {@code desX} for the help text, {@code nameX} for the label). Governance rules apply at once through
 * "Reform now"; capacities and the scenario apply when the next run starts (Stop, then Play).
 */
public final class ModelTab {
    /** Preset names in the chooser; the last is the layered mix of the flagship scenario. */
    static final String[] PRESETS = {"PA", "NPM", "NPG", "MIX (PA 50 %, NPM 30 %, NPG 20 %)"};

    private final SamspillWithUI gui;
    private int preset;
    private final double[] rules = new double[Rule.values().length];
    /** Per categorical rule: 0 = as the preset, else 1 + the option's index. */
    private final int[] choices = new int[Choice.values().length];

    ModelTab(SamspillWithUI gui) {
        this.gui = gui;
        setPreset(0);
    }

    static Governance presetVector(int i) {
        if (i < 3) return Governance.Preset.values()[i].vector();
        return Governance.mix(List.of(Governance.Preset.PA.vector(), Governance.Preset.NPM.vector(),
                Governance.Preset.NPG.vector()), new double[] {0.5, 0.3, 0.2});
    }

    /** The rules as set on this tab: the preset with every slider and pop-up applied. */
    public Governance governance() {
        Governance g = presetVector(preset);
        for (Rule r : Rule.values()) g = g.with(r.key(), rules[r.ordinal()]);
        for (Choice c : Choice.values()) {
            int k = choices[c.ordinal()];
            if (k > 0) g = g.with(c.key(), c.options()[k - 1].name());
        }
        return g;
    }

    /** A short name of the rules for the event log and the chart marker. */
    public String governanceName() {
        Governance p = presetVector(preset);
        boolean same = true;
        for (Rule r : Rule.values()) same &= Math.abs(p.get(r) - rules[r.ordinal()]) < 1e-9;
        for (int c : choices) same &= c == 0;
        String base = preset < 3 ? PRESETS[preset] : "MIX";
        return same ? base : base + " (edited)";
    }

    // ------------------------------------------------------------------------------ scenario (next run)

    public int getScenario() { return gui.scenarioIndex(); }
    public void setScenario(int i) { gui.chooseScenario(i); }
    public Object[] domScenario() { return gui.scenarioLabels(); }
    public String desScenario() { return "The bundled scenario and variant to run. Applies when the next run starts: press Stop, then Play."; }

    public long getRunSeed() { return gui.model().seed(); }
    public String desRunSeed() { return "The seed of the current run. Set the seed in the Console's seed field; Stop and Play starts a fresh run with it, identical to `samspill run` with that seed."; }

    public String getDay() { return String.format(Locale.ROOT, "%.0f", gui.model().world() == null ? 0 : gui.model().world().now()); }

    // ------------------------------------------------------------------------------ governance (reform now)

    public int getPreset() { return preset; }
    public void setPreset(int i) {
        preset = Math.max(0, Math.min(PRESETS.length - 1, i));
        Governance g = presetVector(preset);
        for (Rule r : Rule.values()) rules[r.ordinal()] = g.get(r);
        java.util.Arrays.fill(choices, 0);
    }
    public Object[] domPreset() { return PRESETS; }
    public String desPreset() { return "Loads a governance preset into the rules below (docs/ODD.md §6.2). Nothing changes in the run until you press \"Reform now\"."; }

    public boolean getReformNow() { return false; }
    public void setReformNow(boolean b) { if (b) gui.reformNow(governance(), governanceName()); }
    public String nameReformNow() { return "REFORM NOW (tick to apply)"; }
    public String desReformNow() { return "Switches the running model to the rules below from the next event on. The event log records a REFORM event and every chart gets a marker."; }

    public double getEligibilityBreadth() { return rule(Rule.ELIGIBILITY_BREADTH); }
    public void setEligibilityBreadth(double v) { set(Rule.ELIGIBILITY_BREADTH, v); }
    public Object domEligibilityBreadth() { return new Interval(0.0, 1.0); }
    public String desEligibilityBreadth() { return "0 = statutory necessary care only, 1 = broad: better to refer too many than too few."; }

    public double getCaseFinding() { return rule(Rule.CASE_FINDING); }
    public void setCaseFinding(double v) { set(Rule.CASE_FINDING, v); }
    public Object domCaseFinding() { return new Interval(0.0, 1.0); }
    public String desCaseFinding() { return "How actively front-line staff look for unmet needs early."; }

    public double getTargetPressure() { return rule(Rule.TARGET_PRESSURE); }
    public void setTargetPressure(double v) { set(Rule.TARGET_PRESSURE, v); }
    public Object domTargetPressure() { return new Interval(0.0, 1.0); }
    public String desTargetPressure() { return "Weight a unit gives its own indicators: selective acceptance and early hand-off (NPM high)."; }

    public double getBudgetSilos() { return rule(Rule.BUDGET_SILOS); }
    public void setBudgetSilos(double v) { set(Rule.BUDGET_SILOS, v); }
    public Object domBudgetSilos() { return new Interval(0.0, 1.0); }
    public String desBudgetSilos() { return "Tightly bounded unit budgets: no help across units, cost shifting."; }

    public double getStandardisation() { return rule(Rule.STANDARDISATION); }
    public void setStandardisation(double v) { set(Rule.STANDARDISATION, v); }
    public Object domStandardisation() { return new Interval(0.0, 1.0); }
    public String desStandardisation() { return "Standard plans simple enough for all: faster and cheaper, less tailored."; }

    public double getDiscretion() { return rule(Rule.DISCRETION); }
    public void setDiscretion(double v) { set(Rule.DISCRETION, v); }
    public Object domDiscretion() { return new Interval(0.0, 1.0); }
    public String desDiscretion() { return "Professionals' room to adapt a service to the person."; }

    public double getForums() { return rule(Rule.FORUMS); }
    public void setForums(double v) { set(Rule.FORUMS, v); }
    public Object domForums() { return new Interval(0.0, 1.0); }
    public String desForums() { return "Density of meeting places: responsibility groups, network meetings, job shadowing (NPG high)."; }

    public double getTimeHorizon() { return rule(Rule.TIME_HORIZON); }
    public void setTimeHorizon(double v) { set(Rule.TIME_HORIZON, v); }
    public Object domTimeHorizon() { return new Interval(0.0, 1.0); }
    public String desTimeHorizon() { return "Long-term investment (prevention, early rehabilitation) versus short-term savings."; }

    public double getReportingBurden() { return rule(Rule.REPORTING_BURDEN); }
    public void setReportingBurden(double v) { set(Rule.REPORTING_BURDEN, v); }
    public Object domReportingBurden() { return new Interval(0.0, 1.0); }
    public String desReportingBurden() { return "Administrative reporting as a share of working hours; it takes case slots away."; }

    public int getDecisionLocus() { return choices[Choice.DECISION_LOCUS.ordinal()]; }
    public void setDecisionLocus(int v) { choices[Choice.DECISION_LOCUS.ordinal()] = v; }
    public Object[] domDecisionLocus() { return options(Choice.DECISION_LOCUS); }
    public String desDecisionLocus() { return "Who assesses need and allocates services: professionals (PA), a purchaser office (NPM) or a joint meeting with the user (NPG)."; }

    public int getHandoffStyle() { return choices[Choice.HANDOFF_STYLE.ordinal()]; }
    public void setHandoffStyle(int v) { choices[Choice.HANDOFF_STYLE.ordinal()] = v; }
    public Object[] domHandoffStyle() { return options(Choice.HANDOFF_STYLE); }
    public String desHandoffStyle() { return "Sequential relay, a reciprocal team, or a loose network."; }

    public int getAccountability() { return choices[Choice.ACCOUNTABILITY.ordinal()]; }
    public void setAccountability(int v) { choices[Choice.ACCOUNTABILITY.ordinal()] = v; }
    public Object[] domAccountability() { return options(Choice.ACCOUNTABILITY); }
    public String desAccountability() { return "Vertical: a clear owner per case. Horizontal: shared, with the risk that nobody owns the case."; }

    public int getVisitAssignment() { return choices[Choice.VISIT_ASSIGNMENT.ordinal()]; }
    public void setVisitAssignment(int v) { choices[Choice.VISIT_ASSIGNMENT.ordinal()] = v; }
    public Object[] domVisitAssignment() { return options(Choice.VISIT_ASSIGNMENT); }
    public String desVisitAssignment() { return "Continuity first: the primary contact makes the visit when at work, else the user's secondary contacts. Route efficiency: whoever the route gives it."; }

    // ------------------------------------------------------------------------------ capacities (next run)

    public int getInhabitants() { return gui.capacities().inhabitants; }
    public void setInhabitants(int v) { gui.capacities().inhabitants = Math.max(1000, v); gui.capacitiesChanged(); }
    public Object domInhabitants() { return new Interval(2000L, 200000L); }
    public String desInhabitants() { return "Inhabitants of the municipality (next run). A standard municipality is sized to them; large ones draw slower."; }

    public int getIndividualPlanCoordinators() { return gui.capacities().coordinators; }
    public void setIndividualPlanCoordinators(int v) { gui.capacities().coordinators = Math.max(0, v); gui.capacitiesChanged(); }
    public Object domIndividualPlanCoordinators() { return new Interval(0L, 60L); }
    public String desIndividualPlanCoordinators() { return "Coordinators for users with complex long-term needs and an individual plan (next run)."; }

    public int getHospitalBeds() { return gui.capacities().hospitalBeds; }
    public void setHospitalBeds(int v) { gui.capacities().hospitalBeds = Math.max(1, v); gui.capacitiesChanged(); }
    public Object domHospitalBeds() { return new Interval(1L, 200L); }
    public String desHospitalBeds() { return "Beds of the hospital ward (next run). Only for scenarios that list the hospital ward's beds."; }
    public boolean hideHospitalBeds() { return gui.capacities().hospitalBeds <= 0; }

    public double getMunicipalStaffing() { return gui.capacities().municipalStaffing; }
    public void setMunicipalStaffing(double v) { gui.capacities().municipalStaffing = Math.max(0.2, v); gui.capacitiesChanged(); }
    public Object domMunicipalStaffing() { return new Interval(0.5, 2.0); }
    public String desMunicipalStaffing() { return "Staffing of home care and the short-term ward, times the scenario's (next run). Only for scenarios that list their units."; }
    public boolean hideMunicipalStaffing() { return !gui.capacities().explicitUnits; }

    // ------------------------------------------------------------------------------ display

    public int getRedrawEveryDays() { return gui.redrawEveryDays(); }
    public void setRedrawEveryDays(int d) { gui.redrawEveryDays(Math.max(1, d)); }
    public Object domRedrawEveryDays() { return new Interval(1L, 60L); }
    public String desRedrawEveryDays() { return "Redraw the network view and the charts every n simulated days (default 3): long runs go much faster when they redraw less often. The Console's Delay slider slows the run down."; }

    // ------------------------------------------------------------------------------ helpers

    private double rule(Rule r) { return rules[r.ordinal()]; }

    private void set(Rule r, double v) { rules[r.ordinal()] = Math.max(0, Math.min(1, v)); }

    private static Object[] options(Choice c) {
        Enum<?>[] o = c.options();
        Object[] out = new Object[o.length + 1];
        out[0] = "as the preset";
        for (int i = 0; i < o.length; i++) out[i + 1] = o[i].name();
        return out;
    }
}
