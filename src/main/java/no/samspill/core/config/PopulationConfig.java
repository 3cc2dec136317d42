package no.samspill.core.config;

/** The municipality's population and age structure. */
public class PopulationConfig {
    @Param(doc = "Inhabitants of the municipality; demand rates scale with it", unit = "persons", min = 100, max = 10_000_000, source = "scenario input")
    public int inhabitants = 20_000;
    @Param(doc = "Share of inhabitants aged 67+; hospital-discharge and decline rates scale with it relative to 0.17",
           unit = "share 0–1", min = 0, max = 1, source = "SSB 2024 national share ~0.17")
    public double share67Plus = 0.17;
}
