package no.samspill.core.units;

/** Distribution of a unit's service times around its mean (docs/ODD.md §7.5). */
public enum ServiceDistribution { EXPONENTIAL, LOGNORMAL, FIXED }
