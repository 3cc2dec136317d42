package no.samspill.core.world;

/**
 * What happened. Every event of a run is one {@link Event} of one of these types; the meaning of the event's
 * {@code other}, {@code value}, {@code count} and {@code detail} fields per type is given here (docs/ODD.md §4.11.5).
 */
public enum EventType {
    /** A new episode: other = episode type, value = complexity weight, detail = complexity. */
    EPISODE_START,
    /** Hospital admission: value = acute bed occupancy at admission. */
    ADMISSION,
    /** The patient is ready for discharge: detail = "visit" or "written". */
    READY_FOR_DISCHARGE,
    /** The patient leaves hospital: value = delayed-discharge days. */
    TRANSFER,
    /** A latent need is noticed: other = detection source. */
    DETECTED,
    /** A professional noticed the need but it looked below the referral threshold: other = source, value = severity. */
    NOT_REFERRED,
    /** A hand-off between units (unit = receiving unit): other = sending unit, value = 1 if information was lost,
     *  count = hand-offs counted (one, plus one per extra coordinator on the boundary; zero when the case passes
     *  at the joint meeting's table to a provider that takes it there, ODD §7.3), detail = channel (AT_TABLE for that case). */
    HANDOFF,
    /** The receiver of a hand-off assessed the case again (duplicated assessment): other = sending unit. */
    DUPLICATED_ASSESSMENT,
    /** A coordinator is appointed (one more hand-off): other = scheme, value and count = coordinators on the episode
     *  now (two or more: the user repeats the story). */
    COORDINATOR,
    /** An assessment of one or more needs (unit = deciding unit): value = days since the latest referral of the needs
     *  (NaN if none was referred), count = needs granted (0: the assessment ended with nothing granted). */
    ASSESSMENT,
    /** A decision and the user's involvement in it: other = format, value = involvement level 0–3,
     *  count = real options presented with the user present (0 when absent), detail = "present,options=k" or "absent". */
    DECISION,
    /** A referral is returned or misrouted: other = service or target unit, value = rejections so far. */
    PING_PONG,
    /** Nobody took the next step of a pathway (the case fell between chairs). */
    FOLLOW_UP_FAILURE,
    /** A gap with no responsible unit closed (need = the need): value = gap days. */
    GAP_CLOSED,
    /** No unit provides the service in this municipality: other = service. */
    NO_PROVIDER,
    /** A need judged not eligible at assessment: other = service, value = severity. */
    NOT_ELIGIBLE,
    /**
     * Everyday rehabilitation turned down at assessment for lack of potential the decider saw, or a proposal not fitting
     * standard plans: other = "trial" for a request sent to the team, "home care decided" when a purchaser office
     * decided home care instead, null for a home-care staff proposal; value = the potential (as read by an office).
     */
    NOT_SUITED_FOR_REHAB,
    /** Rehabilitation replaced by the standard home-care package. */
    STANDARD_PACKAGE,
    /** Home-care staff proposed everyday rehabilitation for a user they serve (ODD §7.3): unit = home care, prof = proposer. */
    REHAB_PROPOSED,
    /** A unit bound to a waiting-time guarantee starts a case on temporary staff's hours: value = weekly hours. */
    TEMPORARY_STAFF,
    /**
     * A unit under pressure responds as its governance allows (ODD §7.13): other = "priority" (value = severity of the
     * case taken first), "overtime" (value = weekly hours started beyond the available ones), "tightened" (value = rise
     * of the eligibility threshold), "shorter_visits" (value = share of the usual visit time) or "negotiated:&lt;partner&gt;"
     * (value = weekly hours the partner carries).
     */
    PRESSURE_RESPONSE,
    /** A service starts (need = the need, read its fit and decision time): other = service, value = days queued. */
    SERVICE_START,
    /** A service ends: other = service, value = duration, detail = "early" when ended early under target pressure. */
    SERVICE_END,
    /** The episode ends: value = change in functional level. */
    EPISODE_END,
    /** Responsibility-group meeting: value = participants. */
    RESPONSIBILITY_GROUP,
    /** A 30-day readmission (episode = the episode discharged): value = the 30-day probability in force, count = days since transfer. */
    READMISSION,
    /** A user died (episode = an open episode of the user, or null): value = age, other = "hospital" if in a hospital bed (ODD §7.12). */
    DEATH,
    /** A known user fell ill again (episode = the new episode): value = age, count = episodes of the user so far (ODD §7.12). */
    RECURRENCE,
    /** A job-shadowing day: unit = host, other = the professional's own unit, value = hours. */
    JOB_SHADOWING,
    /** A cross-boundary forum between two units: other = the second unit, value = case volume 0–1. */
    FORUM,
    /** The key person of a link left: other = the linked unit, value = the link's trust after the loss. */
    KEY_PERSON_LOST,
    /** A professional left and was replaced. */
    TURNOVER,
    /** A unit was reorganised: value = its maturity after. */
    REORGANISATION,
    /** Governance was switched mid-run from outside the schedule (the GUI's "reform now", docs/ODD.md §3.6):
     *  other = a short name of the new rules (a preset name or "custom"), detail = the full rule vector. */
    REFORM,
    /** A full unit's case went to a free neighbouring unit of the same kind under a common budget (ODD §7.5, lending):
     *  unit = the lending unit, other = the full unit. The transfer itself is a HANDOFF. */
    LENDING
}
