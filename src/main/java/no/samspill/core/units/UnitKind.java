package no.samspill.core.units;

/** The kinds of service unit in MODEL.md §2 (003A §2.4–2.13). Norwegian names in docs/ODD.md. */
public enum UnitKind {
    /** Somatic hospital ward (sykehusavdeling), owned by the hospital trust. */
    HOSPITAL_WARD,
    /** Purchaser / allocation office (bestillerkontor, tildelingskontor): assesses and decides, does not deliver. */
    PURCHASER_OFFICE,
    /** Home-care zone (hjemmetjeneste-sone). */
    HOME_CARE_ZONE,
    /** Short-term ward in a nursing home (korttidsavdeling). */
    SHORT_TERM_WARD,
    /** Everyday-rehabilitation team (hverdagsrehabiliteringsteam). */
    EVERYDAY_REHAB_TEAM,
    /** GP practice (fastlegekontor). */
    GP_PRACTICE,
    /** NAV office: labour and welfare administration. */
    NAV_OFFICE,
    /** Municipal mental-health and substance-use service (psykisk helse og rus). */
    MENTAL_HEALTH_SUBSTANCE,
    /** Day centre / activity service (dagsenter). */
    DAY_CENTRE,
    /** Coordinating unit (koordinerende enhet): appoints individual-plan coordinators. */
    COORDINATING_UNIT;

    /** Units whose services are delivered in the user's home (travel time is booked). */
    public boolean homeBased() {
        return this == HOME_CARE_ZONE || this == EVERYDAY_REHAB_TEAM;
    }
}
