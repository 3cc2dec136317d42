package no.samspill.core.config;

/** Slow organisational dynamics and structure (ODD §7.9; 004 digest C3.2, C6.3). */
public class OrganisationConfig {
    @Param(doc = "Municipal structure: SECTOR_ETAT, TWO_LEVEL, FLAT_WITH_SECTOR_LAYER, FLAT_WITHOUT_SECTOR_LAYER or OTHER", unit = "category", source = "004 (digest C3.2)")
    public Structure structure = Structure.TWO_LEVEL;
    @Param(doc = "Staff turnover: share of professionals replaced per year (replacements start without knowledge of others)", unit = "per year", min = 0, max = 2, source = "assumption")
    public double staffTurnoverPerYear = 0.12;
    @Param(doc = "Rate of reorganisations per year (0.255 gives 40 % reorganised within two years)", unit = "per year", min = 0, max = 5, source = "004: 40 % reorganised within two years")
    public double reorganisationRatePerYear = 0.0;
    @Param(doc = "Days between reviews of each unit's cross-sector maturity step", unit = "days", min = 7, max = 3650, source = "002 staircase")
    public double maturityReviewDays = 91;
    @Param(doc = "Units start a case only when their staff's uncommitted weekly hours cover it, after this week's meetings and other one-off work (true); false is an ablation: a fixed number of case slots (the full cases the available hours cover) whatever the other activities take", unit = "flag", source = "ablation switch (ODD §7.10)")
    public boolean timeBudget = true;

    @Param(doc = "Hand-offs across a unit's boundaries between two maturity reviews at which its chance to climb a step reaches full strength (fewer: proportionally less)", unit = "hand-offs", min = 1, max = 100000,
            source = "002 staircase (digest B3.4: experience of structured joint work, steps 3–5); magnitude assumption")
    public double maturityFullVolumeHandoffs = 20;
    @Param(doc = "Probability per review that a unit climbs one maturity step, at full anchoring (5), in a unit whose leaders anchor cross-boundary work (governance.leadership) and at full joint-work volume; half of it without such leaders", unit = "probability", min = 0, max = 1,
            source = "002 staircase (digest B3.4); 000 §A3 anchoring; magnitude assumption")
    public double maturityClimbProbability = 0.15;
    @Param(doc = "Probability per review that a unit slips one maturity step, with no anchoring, in a unit whose leaders do not anchor cross-boundary work (none where they do)", unit = "probability", min = 0, max = 1,
            source = "002 staircase (digest B3.4: step 2 rests on individual enthusiasts); 000 §A3; magnitude assumption")
    public double maturitySlipProbability = 0.03;
    @Param(doc = "Trust a newcomer (a replacement after turnover) has in every unit", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (neutral trust)")
    public double newcomerTrust = 0.4;
    @Param(doc = "Knowledge a newcomer has of their own unit on arrival (it then grows towards 1 by working there)", unit = "share 0–1", min = 0, max = 1,
            source = "assumption")
    public double newcomerOwnUnitKnowledge = 0.6;
    @Param(doc = "Share of link trust kept, on the link from the key person's unit, when the key person leaves", unit = "share 0–1", min = 0, max = 1,
            source = "002 staircase step 2 (work carried by enthusiasts, digest B3.4 L295); 000 §A3; magnitude assumption")
    public double keyPersonTrustKept = 0.5;
    @Param(doc = "Share of link trust kept, on the link back to the key person's unit, when the key person leaves", unit = "share 0–1", min = 0, max = 1,
            source = "002 staircase step 2 (digest B3.4 L295); magnitude assumption")
    public double keyPersonReverseTrustKept = 0.7;
    @Param(doc = "Share of municipal units affected by one reorganisation", unit = "share 0–1", min = 0, max = 1,
            source = "004 (digest C3.3: leadership structures changed, traditional sector model → flat); share assumption")
    public double reorganisedUnitShare = 0.3;
    @Param(doc = "Share of what others know of a unit that survives its reorganisation", unit = "share 0–1", min = 0, max = 1,
            source = "assumption")
    public double reorganisationKnowledgeKept = 0.5;

    @Param(doc = "Initial link trust of a unit in itself", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §5.3)")
    public double initialTrustOwnUnit = 0.8;
    @Param(doc = "Initial link trust between units of different owners (municipality, hospital trust, state)", unit = "share 0–1", min = 0, max = 1,
            source = "004 (digest C3.2); magnitude assumption (ODD §5.3)")
    public double initialTrustAcrossOwners = 0.3;
    @Param(doc = "Initial link trust between units of one owner in the same sector, in structures with a sector layer (SECTOR_ETAT, FLAT_WITH_SECTOR_LAYER)", unit = "share 0–1", min = 0, max = 1,
            source = "004 (digest C3.2, municipal structures); magnitude assumption (ODD §5.3)")
    public double initialTrustSameSector = 0.5;
    @Param(doc = "Initial link trust between units of one owner across sectors under SECTOR_ETAT (sector silos)", unit = "share 0–1", min = 0, max = 1,
            source = "004 (digest C3.2, municipal structures); magnitude assumption (ODD §5.3)")
    public double initialTrustAcrossSectorsEtat = 0.35;
    @Param(doc = "Initial link trust between units of one owner across sectors under FLAT_WITH_SECTOR_LAYER", unit = "share 0–1", min = 0, max = 1,
            source = "004 (digest C3.2, municipal structures); magnitude assumption (ODD §5.3)")
    public double initialTrustAcrossSectorsFlat = 0.4;
    @Param(doc = "Initial link trust between units of one owner under TWO_LEVEL", unit = "share 0–1", min = 0, max = 1,
            source = "004 (digest C3.2, municipal structures); magnitude assumption (ODD §5.3)")
    public double initialTrustTwoLevel = 0.4;
    @Param(doc = "Initial link trust between units of one owner under FLAT_WITHOUT_SECTOR_LAYER", unit = "share 0–1", min = 0, max = 1,
            source = "004 (digest C3.2, municipal structures); magnitude assumption (ODD §5.3)")
    public double initialTrustFlatWithoutSectors = 0.45;
    @Param(doc = "Initial link trust between units of one owner under OTHER structures", unit = "share 0–1", min = 0, max = 1,
            source = "assumption (ODD §5.3)")
    public double initialTrustOtherStructure = 0.4;

    @Param(doc = "Where link trust, professionals' knowledge of and trust in other units, and units' maturity steps stand when measurement starts: LONG_RUN puts them, at the end of the warm-up, at the levels their own rules lead to with the contact rates the warm-up measured (the fixed point of the trust and knowledge updates, a draw from the stationary distribution of the maturity review; ODD §5.7); AS_WRITTEN keeps the initial values of §5.3–5.4 and the scenario's maturity, links and key persons, and lets them move from there (a study of a transient, such as key persons or a reform from low trust)", unit = "category",
            source = "assumption (ODD §5.7, §10 #32: the written initial values are assumptions, not stationary levels)")
    public InitialLevels initialLevels = InitialLevels.LONG_RUN;
    @Param(doc = "With LONG_RUN initial levels: a link that had no contact in the warm-up, between units of two kinds none of whose links had any, is put at its long-run trust (the fixed point of its update rule at the loss probability of that hand-off) at its first hand-off, as a link with rare contact would have been after the municipality's long history; false keeps its written trust, which then climbs with each rare contact for decades (the ablation; ODD §5.7, §10 #32)",
            unit = "flag", source = "ablation switch (ODD §5.7)")
    public boolean levelRareLinks = true;
    @Param(doc = "With LONG_RUN initial levels: the day from which the contact rates that set the long-run levels are recorded, up to the end of the warm-up; a warm-up that ends on or before it is recorded whole. The pathways fill during a run's first months (long services, responsibility groups of ongoing cases: about 270 days in the flagship), and rates recorded from day 0 are below the run's own, which put knowledge across boundaries about 25 % too low at a 180-day warm-up (ODD §5.7; docs/output-analysis.md §1)",
            unit = "days", min = 0, max = 36500, source = "output analysis: event rates by 90 days of the flagship (docs/output-analysis.md §1)")
    public double levelRecordingFromDay = 270;

    /** How the slow link states start (ODD §5.7). */
    public enum InitialLevels { LONG_RUN, AS_WRITTEN }

    public enum Structure { SECTOR_ETAT, TWO_LEVEL, FLAT_WITH_SECTOR_LAYER, FLAT_WITHOUT_SECTOR_LAYER, OTHER }
}
