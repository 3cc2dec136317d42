package no.samspill.core.agents;

/** Coordinator schemes (003B §2, Vik &amp; Aarseth: 14 schemes, 8 for complex needs). */
public enum CoordinatorScheme {
    /** Individual-plan coordinator appointed by the coordinating unit (koordinator for individuell plan). */
    INDIVIDUAL_PLAN,
    /** Discharge / pathway coordinator (forløpskoordinator). */
    PATHWAY,
    /** Diagnosis-specific coordinator, e.g. dementia or cancer coordinator. */
    DIAGNOSIS,
    /** Contact physician in the specialist health service (kontaktlege). */
    CONTACT_PHYSICIAN
}
