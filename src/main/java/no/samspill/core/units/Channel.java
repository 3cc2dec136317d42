package no.samspill.core.units;

/**
 * Information channel of a link (003A §3.7 written form vs visit; 003B §1.4 digital messages and shared records).
 * Its base loss probability (the chance that a hand-off through it loses information that matters, before reductions
 * for trust, knowledge and coordinators) is a scenario setting, {@code handoffs.loss_*} (ODD §6.4, §7.6).
 */
public enum Channel {
    WRITTEN_FORM(2.0),
    ELECTRONIC_MESSAGE(0.5),
    SHARED_RECORD(0.0),
    FACE_TO_FACE(0.0);

    /** Mean transfer delay in days before the receiver has the information. */
    public final double meanDelayDays;

    Channel(double meanDelayDays) {
        this.meanDelayDays = meanDelayDays;
    }
}
