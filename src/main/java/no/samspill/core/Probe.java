package no.samspill.core;

/** Observes the model at the end of warm-up and at every reporting interval (time series). */
public interface Probe {
    void warmupEnded(Model model, double day);
    void sample(Model model, double day);
}
