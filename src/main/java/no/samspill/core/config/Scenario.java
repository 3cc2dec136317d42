package no.samspill.core.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete description of one municipality, its rules and the run: the single input of a simulation run.
 * Plain data with defaults; the model copies what it needs at start, so one Scenario may be shared by many runs
 * as long as nobody mutates it while they run.
 */
public class Scenario {
    @Param(doc = "Short name, used in result folders and tables", unit = "text", source = "scenario input")
    public String name = "scenario";
    @Param(doc = "What the scenario represents, in plain words", unit = "text", source = "scenario input")
    public String description = "";
    @Param(doc = "The source texts the scenario follows", unit = "text", source = "scenario input")
    public String source = "";
    public RunConfig run = new RunConfig();
    public PopulationConfig population = new PopulationConfig();
    public DemandConfig demand = new DemandConfig();
    public NeedsConfig needs = new NeedsConfig();
    public DetectionConfig detection = new DetectionConfig();
    /** Service units; when empty, a standard municipality scaled to the population is built (see StandardMunicipality). */
    public List<UnitConfig> units = new ArrayList<>();
    public List<TeamConfig> teams = new ArrayList<>();
    public List<LinkConfig> links = new ArrayList<>();
    public CoordinationConfig coordination = new CoordinationConfig();
    public GovernanceConfig governance = new GovernanceConfig();
    public OrganisationConfig organisation = new OrganisationConfig();
    public StaffingConfig staffing = new StaffingConfig();
    public SizingConfig sizing = new SizingConfig();
    public KindsConfig kinds = new KindsConfig();
    public InvolvementConfig involvement = new InvolvementConfig();
    public HealthConfig health = new HealthConfig();
    public HandOffConfig handoffs = new HandOffConfig();
    public LearningConfig learning = new LearningConfig();
    public OwnershipConfig ownership = new OwnershipConfig();
    public FitConfig fit = new FitConfig();
    public RehabilitationConfig rehabilitation = new RehabilitationConfig();
    public PressureConfig pressure = new PressureConfig();
    public IndicatorsConfig indicators = new IndicatorsConfig();
    public DeliveryConfig delivery = new DeliveryConfig();
    public AllocationConfig allocation = new AllocationConfig();
}
