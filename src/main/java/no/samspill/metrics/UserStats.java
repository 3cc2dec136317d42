package no.samspill.metrics;

/** Per-user continuity over the measured window: contacts, distinct professionals, COC and UPC (NaN below the minimum). */
public record UserStats(int user, boolean lowResource, int contacts, int distinctProfessionals, double coc, double upc,
                        double involvementMean) { }
