package no.samspill.core.world;

/** Running totals over measured episodes, kept where the events happen so observers need not scan all episodes. */
public final class Counters {
    public long handoffs;
    public long infoLoss;
    public long decisions;
    public double involvementSum;
}
