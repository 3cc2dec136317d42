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

    public enum Structure { SECTOR_ETAT, TWO_LEVEL, FLAT_WITH_SECTOR_LAYER, FLAT_WITHOUT_SECTOR_LAYER, OTHER }
}
