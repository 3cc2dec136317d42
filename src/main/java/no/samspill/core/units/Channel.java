package no.samspill.core.units;

/**
 * Information channel of a link (003A §3.7 written form vs visit; 003B §1.4 digital messages and shared records).
 * The base loss probability is the chance that a hand-off through this channel loses information that matters,
 * before reductions for trust, knowledge, co-location and coordinators (see docs/ODD.md, submodel "Hand-offs").
 */
public enum Channel {
    WRITTEN_FORM(0.35, 2.0),
    ELECTRONIC_MESSAGE(0.20, 0.5),
    SHARED_RECORD(0.08, 0.0),
    FACE_TO_FACE(0.05, 0.0);

    /** Probability that a hand-off through the channel loses information, all reductions at zero. */
    public final double baseLoss;
    /** Mean transfer delay in days before the receiver has the information. */
    public final double meanDelayDays;

    Channel(double baseLoss, double meanDelayDays) {
        this.baseLoss = baseLoss;
        this.meanDelayDays = meanDelayDays;
    }
}
