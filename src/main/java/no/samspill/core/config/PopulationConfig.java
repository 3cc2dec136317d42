package no.samspill.core.config;

/**
 * The municipality's population: size, age structure, and the persistent population of users (ODD §7.12): users
 * age, die by an age- and health-dependent hazard, and fall ill again and come back to the services that know them.
 */
public class PopulationConfig {
    @Param(doc = "Inhabitants of the municipality; demand rates scale with it", unit = "persons", min = 100, max = 10_000_000, source = "scenario input")
    public int inhabitants = 20_000;
    @Param(doc = "Share of inhabitants aged 67+; hospital-discharge and decline rates scale with the age structure (ODD §7.1)",
           unit = "share 0–1", min = 0, max = 1, source = "SSB 2024 national share about 0.17 (approximate)")
    public double share67Plus = 0.17;
    @Param(doc = "Share of inhabitants aged 80+ (part of share67Plus)", unit = "share 0–1", min = 0, max = 1,
           source = "SSB 2024 national share about 0.045 (approximate)")
    public double share80Plus = 0.045;
    @Param(doc = "Share of inhabitants aged 67+ in the reference age structure, whose hospital-discharge and decline rates are the configured demand rates (a municipality with this share, and reference_share80_plus, has age factor 1; ODD §7.1)",
           unit = "share 0–1", min = 0, max = 1, source = "SSB 2024 national share about 0.17 (approximate)")
    public double referenceShare67Plus = 0.17;
    @Param(doc = "Share of inhabitants aged 80+ in the reference age structure (part of reference_share67_plus)",
           unit = "share 0–1", min = 0, max = 1, source = "SSB 2024 national share about 0.045 (approximate)")
    public double referenceShare80Plus = 0.045;
    @Param(doc = "Mean years above 80 of the age at which a new user aged 80+ comes to the services (an exponential tail above 80, capped at 105)",
           unit = "years", min = 0.1, max = 25, source = "assumption (SSB: the 80+ group thins by about half every 4–5 years at these ages, approximate)")
    public double entryAgeTailYears80Plus = 6;
    @Param(doc = "Years over which the share of inhabitants older than a given age above 80 falls by a factor e (the 80+ group's age spread, read by case-finding's target age, ODD §7.2)",
           unit = "years", min = 0.1, max = 25, source = "assumption (SSB population by age, approximate)")
    public double inhabitantsTailYears80Plus = 7;
    @Param(doc = "Incidence of first hospital-discharge and functional-decline episodes at 80+ relative to 67–79, per inhabitant",
           unit = "ratio", min = 0, max = 100,
           source = "SAMDATA: hospital use per inhabitant 80+ is about 2–3 times that at 67–79 (approximate) [assumption for municipal follow-up]")
    public double incidenceRatio80Plus = 3.0;
    @Param(doc = "Incidence of first hospital-discharge and functional-decline episodes under 67 relative to 67–79, per inhabitant",
           unit = "ratio", min = 0, max = 100, source = "assumption: needs for municipal follow-up after hospital are rare under 67")
    public double incidenceRatioUnder67 = 0.05;

    @Param(doc = "Ablation: users die (a hazard in age and frailty ends their open episodes and frees their bed)",
           unit = "flag", source = "ablation switch (ODD §7.12)")
    public boolean mortality = true;
    @Param(doc = "Yearly death hazard at 80 of everyone of that age, the life table's (Gompertz level); a user's hazard is it times their frailty over the mean frailty of their age group (ODD §7.12)", unit = "per year", min = 0, max = 5,
           source = "SSB life tables 2023, both sexes: death probability at 80 about 0.04 (approximate)")
    public double mortalityAt80 = 0.042;
    @Param(doc = "Gompertz slope of the death hazard in age (0.11: the hazard doubles about every 6.3 years)", unit = "per year of age",
           min = 0, max = 0.5, source = "SSB life tables 2023: death probability about 0.01 at 67, 0.04 at 80, 0.13 at 90 (approximate)")
    public double mortalitySlope = 0.11;
    @Param(doc = "Relative increase of the death hazard per unit of function lacking when the user first came to the services: the hazard is the life table's × (1 + k·(1 − f₀)) over the mean of that factor among everyone of the user's age (ODD §7.12)",
           unit = "factor", min = 0, max = 20, source = "assumption: users of home services die 2–3 times as often as their age group")
    public double mortalityPerLostFunction = 2.0;
    @Param(doc = "Users die by the life table's hazard for their age times their frailty relative to the mean frailty of everyone of that age (the known users the rates imply and, in full function, the inhabitants the services never met), so that the life table, which counts everyone, does not count the frail twice and the deaths of an age group stay the life table's (ODD §7.12); false: the life table's hazard times the user's frailty, as if every inhabitant of the age were in full function",
           unit = "flag", source = "ablation switch (ODD §7.12); frailty relative to the population's mean: Vaupel, Manton and Stallard 1979")
    public boolean mortalityRelativeToAgeGroup = true;

    @Param(doc = "Ablation: users who have had an episode fall ill again and come back as the same person to the services that know them (false: every episode is a new user's, as before)",
           unit = "flag", source = "ablation switch (ODD §7.12)")
    public boolean recurrence = true;
    @Param(doc = "Yearly hazard of a new episode for a user aged 80 who came in full function, just as they last fell ill (an admission can come while home services go on)",
           unit = "per year", min = 0, max = 20, source = "assumption: about a third of older service users have a new episode within a year")
    public double recurrenceAt80 = 0.35;
    @Param(doc = "Slope of the recurrence hazard in age", unit = "per year of age", min = 0, max = 0.5, source = "assumption")
    public double recurrenceAgeSlope = 0.04;
    @Param(doc = "Relative increase of the recurrence hazard per unit of function lacking when the user first came to the services", unit = "factor", min = 0, max = 20,
           source = "assumption")
    public double recurrencePerLostFunction = 1.5;
    @Param(doc = "Years of history from which the users a run starts with are drawn (first episodes the rates would have brought in that many years before day 0, followed through their deaths and recurrences); the full adult lifetime, 87 years (ages 18 to 105), gives the known population its stationary state at day 0, a shorter history leaves out the long-lived users who came when young, so that known users, recurrences and deaths grow through the run (ODD §7.12)",
           unit = "years", min = 0, max = 87, source = "assumption: the longest adult life of the model (entry from 18, Gompertz mortality ends lives by about 105), so that the population starts stationary")
    public double historyYears = 87;
    @Param(doc = "Change of function a known user carries from each episode they had before the run (the first one and every recurrence), with history_function CONSTANT, and with OWN_EPISODES until an episode of the run qualifies (history_lag_days): the users a run starts with are given their function at entry plus this much per past episode (within 0 to 1), as the users who come during the run carry the change each of their episodes brought — unmet days lower function, rehabilitation raises it (ODD §7.7, §7.12); 0 gives them their function at entry, as if their past episodes had changed nothing, and the known users' function then drifts down through the run as they are replaced",
           unit = "function per episode", min = -1, max = 0,
           source = "assumption, calibrated on the model's own episodes: the mean change of function over an episode (EPISODE_END value) in 20-year runs of the flagship, PA -0.09, NPM -0.11 (ODD §7.12)")
    public double historyFunctionChangePerEpisode = -0.1;
    @Param(doc = "Where the known users a run starts with carry their function from: OWN_EPISODES applies, when a known user first falls ill in the run, the change of function of each of their past episodes drawn from the episodes this run has completed so far among users who started them with about the same function (the history their own municipality and governance would have given them; the constant history_function_change_per_episode while none qualifies, see history_lag_days); CONSTANT gives them at day 0 their function at entry plus the constant per past episode, the same under every governance (the ablation: the known users then start too frail under governance whose episodes cost less, and the function users bring rises for about ten years; ODD §7.12, §10 #28)",
           unit = "category", source = "assumption (ODD §7.12: the known users' past episodes follow the same rules as the run's)")
    public HistoryFunction historyFunction = HistoryFunction.OWN_EPISODES;
    @Param(doc = "Classes of function at the start of an episode (equal widths on 0–1) by which the run's completed episodes are kept for the known users' history: a known user's past episode is drawn from those that started in the class of the function the user had then",
           unit = "classes", min = 1, max = 100, source = "numerical resolution (assumption): the change of function per episode varies smoothly with the function at its start (ODD §7.7, §7.12)")
    public int historyFunctionClasses = 10;
    @Param(doc = "Days an episode must have started before a known user's first illness in the run (and after the warm-up) to serve their history: the episodes that have ended by a day are the short ones among those that started shortly before it, so without a lag the early returners are given the cost of short illnesses only; with it only illnesses longer than the lag are missing (before any qualifies, the constant history_function_change_per_episode is used)",
           unit = "days", min = 0, max = 3650, source = "assumption: most episodes end within a year (home care 90, mental health 150, day centre 180 days on average; ODD §6.1)")
    public double historyLagDays = 365;

    /** Where the known users' function comes from (ODD §7.12). */
    public enum HistoryFunction { OWN_EPISODES, CONSTANT }
    @Param(doc = "Years over which the recurrence hazard falls by a factor e with the time since the user last fell ill",
           unit = "years", min = 0.1, max = 100, source = "assumption")
    public double recurrenceDecayYears = 3.0;
}
