package no.samspill.core.units;

/**
 * Information channel of a link (003A §3.7 written form vs visit; 003B §1.4 digital messages and shared records).
 * Its base loss probability (the chance that a hand-off through it loses information that matters, before reductions
 * for trust, knowledge and coordinators) and its mean transfer delay are scenario settings, {@code handoffs.loss_*} and
 * {@code handoffs.delay_*} (ODD §6.4, §7.6).
 */
public enum Channel {
    WRITTEN_FORM,
    ELECTRONIC_MESSAGE,
    SHARED_RECORD,
    FACE_TO_FACE
}
