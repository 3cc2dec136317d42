package no.samspill.core;

/** Running totals over measured episodes, kept where the events happen so observers need not scan all episodes. */
public final class Counters {
    public long handoffs;
    public long infoLoss;
    public long decisions;
    public double involvementSum;
    /** Patients ready for discharge and still in a hospital bed, now. */
    public int waitingForDischarge;
}
