package no.samspill.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JPanel;
import no.samspill.api.RunResult;
import no.samspill.api.Simulation;
import no.samspill.core.Model;
import no.samspill.core.agents.CoordinatorScheme;
import no.samspill.core.config.CoordinatorSchemeConfig;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.governance.Governance;
import no.samspill.core.units.Profession;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.World;
import no.samspill.metrics.MetricsCollector;
import no.samspill.metrics.TimeSeries;
import no.samspill.scenario.ScenarioException;
import no.samspill.scenario.ScenarioLoader;
import org.jfree.chart.ChartPanel;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * MASON's GUI around exactly the model batch runs use (MASON's "WithUI" pattern): a {@link Model} with the same
 * observers {@link Simulation#run} attaches (metrics and time series), plus the GUI's own {@link DailyProbe}. The
 * model never knows the GUI. Stop and Play starts a fresh run with the seed of the Console's seed field.
 */
public class SamspillWithUI extends GUIState {
    final List<Choice> choices;
    private int choice;
    private final Capacities capacities = new Capacities();
    private boolean capacitiesChanged;
    private boolean scenarioChanged;

    private MetricsCollector collector;
    private TimeSeries series;
    final DailyProbe probe;
    final NetworkView view = new NetworkView();
    final Charts charts = new Charts();
    final ModelTab tab;
    private int redrawEveryDays = 3;
    DaysDisplay display;
    JFrame displayFrame, chartsFrame;
    /** Told when a run has finished (tests wait on it). */
    volatile Runnable onFinish;
    /** Told after each daily sample has reached the charts and the view (tests check them there). */
    volatile java.util.function.Consumer<DailySample> afterSample;
    /** Told when the GUI quits (the command line waits on it). */
    volatile Runnable onQuit;

    /** Key capacities the Model tab may change for the next run. */
    static final class Capacities {
        int inhabitants;
        int coordinators;
        int hospitalBeds;
        double municipalStaffing = 1.0;
        boolean explicitUnits;

        void readFrom(Scenario s) {
            inhabitants = s.population.inhabitants;
            coordinators = 0;
            for (CoordinatorSchemeConfig c : s.coordination.schemes)
                if (c.scheme == CoordinatorScheme.INDIVIDUAL_PLAN) coordinators += c.coordinators;
            hospitalBeds = 0;
            for (UnitConfig u : s.units) if (u.kind == UnitKind.HOSPITAL_WARD && u.servers > 0) hospitalBeds += u.servers;
            municipalStaffing = 1.0;
            explicitUnits = !s.units.isEmpty();
        }
    }

    public SamspillWithUI(List<Choice> choices, int choice, long seed) {
        super(new Model(choices.get(choice).scenario(), seed));
        this.choices = List.copyOf(choices);
        this.choice = choice;
        this.probe = new DailyProbe(sample -> {
            charts.add(sample);
            view.refreshUsers();
            java.util.function.Consumer<DailySample> after = afterSample;
            if (after != null) after.accept(sample);
        });
        attach((Model) state);
        capacities.readFrom(choices.get(choice).scenario());
        this.tab = new ModelTab(this);
    }

    public static String getName() { return "samspill"; }

    public static Object getInfo() {
        return "<html><h2>samspill</h2><p>Coordination of health and welfare services in a Nordic municipality "
                + "under PA, NPM and NPG governance. The model is described in docs/ODD.md; the exercises for a class "
                + "are in docs/teaching.md.</p><p>Press Play. Click a unit or a user in the network view to inspect it. "
                + "The Model tab holds the governance rules (\"Reform now\" applies them at once) and the capacities and "
                + "scenario of the next run.</p></html>";
    }

    private void attach(Model m) {
        collector = new MetricsCollector();
        series = new TimeSeries();
        m.addObserver(collector);
        m.addObserver(series);
        m.addObserver(probe);
    }

    public Model model() { return (Model) state; }

    @Override
    public Object getSimulationInspectedObject() { return tab; }

    @Override
    public boolean isInspectorVolatile() { return false; }

    // ------------------------------------------------------------------------------------------ lifecycle

    @Override
    public void start() {
        if (scenarioChanged || capacitiesChanged) {
            Model m = new Model(scenarioForNextRun(), model().seed());
            attach(m);
            state = m;
            scenarioChanged = capacitiesChanged = false;
        }
        super.start();
        setUpRun();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        setUpRun();
    }

    private void setUpRun() {
        World w = model().world();
        view.title = "samspill — " + choices.get(choice).label() + " · seed " + model().seed();
        view.setUp(w, probe);
        charts.clear();
        charts.mark(w.warmup, "warm-up ends", Color.GRAY);
        if (w.governance.hasChange() && w.governance.changeDay() <= w.horizon)
            charts.mark(w.governance.changeDay(), "scheduled reform", new Color(120, 60, 0));
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    @Override
    public void finish() {
        super.finish();
        charts.refresh();
        Runnable r = onFinish;
        if (r != null) r.run();
    }

    /** The result of the finished run, as {@link Simulation#run} would give it. */
    public RunResult result() { return Simulation.result(model().seed(), collector, series, null); }

    // ------------------------------------------------------------------------------------------ views

    @Override
    public void init(Controller c) {
        super.init(c);
        buildDisplay();
        displayFrame = display.createFrame();
        displayFrame.setTitle("samspill — network view");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);

        JPanel grid = new JPanel(new GridLayout(2, 3, 4, 4));
        for (Charts.Chart ch : charts.all()) {
            ChartPanel p = new ChartPanel(ch.generator().getChart(), false);
            grid.add(p);
            JFrame f = ch.generator().createFrame();   // MASON's own chart window, with its options (hidden at first)
            f.setTitle("samspill — " + ch.generator().getTitle());
            c.registerFrame(f);
        }
        chartsFrame = new JFrame("samspill — charts (one point a day)");
        chartsFrame.getContentPane().add(grid, BorderLayout.CENTER);
        chartsFrame.setSize(1200, 700);
        chartsFrame.setLocation(60, 80);
        c.registerFrame(chartsFrame);
        chartsFrame.setVisible(true);
    }

    /** The network view's MASON display (also used without a Console, for screenshots). */
    void buildDisplay() {
        display = new DaysDisplay(NetworkView.WIDTH, NetworkView.HEIGHT, this);
        display.setBackdrop(Color.WHITE);
        display.attach(view.backdropPortrayal, "Owners and links");
        display.attach(view.unitsPortrayal, "Units and professionals");
        display.attach(view.usersPortrayal, "Users (open episodes)");
        display.attach(view.legendPortrayal, "Legend");
        applyRedrawRule();
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) displayFrame.dispose();
        if (chartsFrame != null) chartsFrame.dispose();
        displayFrame = chartsFrame = null;
        display = null;
        Runnable r = onQuit;
        if (r != null) r.run();
    }

    int redrawEveryDays() { return redrawEveryDays; }

    void redrawEveryDays(int d) {
        redrawEveryDays = Math.max(1, d);
        applyRedrawRule();
    }

    private void applyRedrawRule() {
        charts.refreshEveryDays(redrawEveryDays);
        if (display != null) display.everyDays(redrawEveryDays);
    }

    // ------------------------------------------------------------------------------------------ Model tab actions

    /** "Reform now": the rules apply from the next event; a marker goes on every chart. */
    void reformNow(Governance g, String name) {
        synchronized (state.schedule) {
            World w = model().world();
            if (w == null || state.schedule.getTime() >= w.horizon || state.schedule.getTime() < 0) return;
            model().reformNow(g, name);
            charts.mark(w.now(), "reform: " + name, new Color(180, 0, 80));
        }
    }

    int scenarioIndex() { return choice; }

    Object[] scenarioLabels() { return choices.stream().map(Choice::label).toArray(); }

    void chooseScenario(int i) {
        if (i < 0 || i >= choices.size() || i == choice) return;
        choice = i;
        capacities.readFrom(choices.get(i).scenario());
        scenarioChanged = true;
    }

    Capacities capacities() { return capacities; }

    void capacitiesChanged() { capacitiesChanged = true; }

    /** The chosen scenario with the Model tab's capacities applied (a deep copy: the loaded one is never changed). */
    Scenario scenarioForNextRun() {
        Scenario base = choices.get(choice).scenario();
        Scenario s;
        try {
            s = ScenarioLoader.fromResolved(ScenarioLoader.toResolved(base));
        } catch (ScenarioException e) {
            throw new IllegalStateException("cannot copy scenario " + base.name + ": " + e.getMessage(), e);
        }
        Capacities c = capacities;
        s.population.inhabitants = c.inhabitants;
        int left = c.coordinators;
        CoordinatorSchemeConfig plan = null;
        for (CoordinatorSchemeConfig k : s.coordination.schemes) if (k.scheme == CoordinatorScheme.INDIVIDUAL_PLAN) plan = k;
        if (plan == null && left > 0) {
            plan = new CoordinatorSchemeConfig();
            plan.scheme = CoordinatorScheme.INDIVIDUAL_PLAN;
            s.coordination.schemes.add(plan);
        }
        if (plan != null) plan.coordinators = left;
        for (UnitConfig u : s.units) {
            if (u.kind == UnitKind.HOSPITAL_WARD && u.servers > 0 && c.hospitalBeds > 0) u.servers = c.hospitalBeds;
            if ((u.kind == UnitKind.HOME_CARE_ZONE || u.kind == UnitKind.SHORT_TERM_WARD) && c.municipalStaffing != 1.0)
                for (Map.Entry<Profession, Double> e : u.staff.entrySet()) e.setValue(e.getValue() * c.municipalStaffing);
        }
        return s;
    }

    /** For tests: the choices' labels. */
    List<String> labels() {
        List<String> l = new ArrayList<>();
        for (Choice c : choices) l.add(c.label());
        return l;
    }
}
