package no.samspill.core.units;

/**
 * The kinds of service unit (docs/ODD.md §2.5, §3.7; 003A §2.4–2.13). Norwegian names in docs/ODD.md. What a kind does
 * differently in the processes is data here, not switches in the processes: the fields below, the roles a kind plays
 * ({@link Role}) and its defaults ({@link KindDefaults}).
 */
public enum UnitKind {
    /** Somatic hospital ward (sykehusavdeling), owned by the hospital trust. */
    HOSPITAL_WARD(false, false, true, false, true, true),
    /** Purchaser / allocation office (bestillerkontor, tildelingskontor): assesses and decides, does not deliver. */
    PURCHASER_OFFICE(false, true, true, false, false, false),
    /** Home-care zone (hjemmetjeneste-sone). */
    HOME_CARE_ZONE(true, true, true, true, true, false),
    /** Short-term ward in a nursing home (korttidsavdeling). */
    SHORT_TERM_WARD(false, false, true, true, true, false),
    /** Everyday-rehabilitation team (hverdagsrehabiliteringsteam). */
    EVERYDAY_REHAB_TEAM(true, true, true, false, true, false),
    /** GP practice (fastlegekontor). */
    GP_PRACTICE(false, false, true, false, true, false),
    /** NAV office: labour and welfare administration. */
    NAV_OFFICE(false, false, false, false, true, false),
    /** Municipal mental-health and substance-use service (psykisk helse og rus). */
    MENTAL_HEALTH_SUBSTANCE(false, false, false, false, true, false),
    /** Day centre / activity service (dagsenter). */
    DAY_CENTRE(false, false, false, false, true, false),
    /** Coordinating unit (koordinerende enhet): appoints individual-plan coordinators. */
    COORDINATING_UNIT(false, false, true, false, false, false);

    /** Services are delivered in the user's home: travel time is booked per contact. */
    public final boolean homeBased;
    /** Its assessments are made at the user's home: an assessor books travel. */
    public final boolean assessesAtHome;
    /** Belongs to the health-and-care sector (not welfare), for structures with a sector layer (004 C3.2). */
    public final boolean careSector;
    /** Must give necessary care and cannot keep a waiting list: thins visits when people wait (rationing). */
    public final boolean rationsWhenWaiting;
    /** A referral can land here by mistake (a front-line service a referrer may confuse with another). */
    public final boolean misrouteTarget;
    /** A hospital ward: its boundary is the hospital-municipality boundary of coordinator schemes and discharge. */
    public final boolean hospital;

    UnitKind(boolean homeBased, boolean assessesAtHome, boolean careSector, boolean rationsWhenWaiting,
             boolean misrouteTarget, boolean hospital) {
        this.homeBased = homeBased;
        this.assessesAtHome = assessesAtHome;
        this.careSector = careSector;
        this.rationsWhenWaiting = rationsWhenWaiting;
        this.misrouteTarget = misrouteTarget;
        this.hospital = hospital;
    }

    /** Units whose services are delivered in the user's home (travel time is booked). */
    public boolean homeBased() { return homeBased; }
}
