package no.samspill.metrics;

import java.util.Map;

/** One reporting interval: the day it ends and the values of the time-series indicators over it. */
public record TimeseriesRow(double day, Map<String, Double> values) { }
