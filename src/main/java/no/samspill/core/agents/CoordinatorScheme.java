package no.samspill.core.agents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.samspill.core.units.Owner;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;

/**
 * Coordinator schemes (003B §2, Vik &amp; Aarseth: 14 schemes, 8 for complex needs). Who a scheme is for, which
 * boundaries its coordinator manages, who holds the role and whether it brings an individual plan are data of each
 * scheme (docs/ODD.md §7.4), so a new scheme is one new constant.
 */
public enum CoordinatorScheme {
    /** Individual-plan coordinator appointed by the coordinating unit (koordinator for individuell plan). */
    INDIVIDUAL_PLAN(false, false, 2, EnumSet.allOf(EpisodeType.class), true, EnumSet.of(EpisodeType.COMPLEX_LONG_TERM),
            false, true, UnitKind.COORDINATING_UNIT, UnitKind.MENTAL_HEALTH_SUBSTANCE, UnitKind.HOME_CARE_ZONE),
    /** Discharge / pathway coordinator (forløpskoordinator). */
    PATHWAY(true, false, 0, EnumSet.of(EpisodeType.HOSPITAL_DISCHARGE), true, EnumSet.noneOf(EpisodeType.class),
            false, false, UnitKind.PURCHASER_OFFICE, UnitKind.HOME_CARE_ZONE, UnitKind.SHORT_TERM_WARD),
    /** Diagnosis-specific coordinator, e.g. dementia or cancer coordinator. */
    DIAGNOSIS(false, true, 0, EnumSet.complementOf(EnumSet.of(EpisodeType.WORK_HEALTH)), false,
            EnumSet.noneOf(EpisodeType.class), true, false, UnitKind.HOME_CARE_ZONE, UnitKind.GP_PRACTICE, UnitKind.DAY_CENTRE),
    /** Contact physician in the specialist health service (kontaktlege). */
    CONTACT_PHYSICIAN(true, false, 0, EnumSet.of(EpisodeType.HOSPITAL_DISCHARGE), true, EnumSet.noneOf(EpisodeType.class),
            false, false, UnitKind.HOSPITAL_WARD, UnitKind.GP_PRACTICE);

    /** Manages the hospital-municipality boundary (true) or boundaries between non-hospital units (false). */
    public final boolean hospitalBoundary;
    /** Manages only boundaries between municipal units. */
    public final boolean municipalOnly;
    /** Least number of needs an episode must have. */
    public final int minNeeds;
    /** Episode types the scheme is for. */
    public final Set<EpisodeType> episodeTypes;
    /** Only for complex or wicked needs ... */
    public final boolean complexOnly;
    /** ... except for these episode types, which qualify whatever their complexity. */
    public final Set<EpisodeType> anyComplexity;
    /** Only for users with a diagnosis the scheme is organised around. */
    public final boolean diagnosisRequired;
    /** The coordinator makes an individual plan with responsibility-group meetings (003B §2). */
    public final boolean individualPlan;
    /** Unit kinds whose staff hold the role, preferred first. */
    public final List<UnitKind> holders;

    CoordinatorScheme(boolean hospitalBoundary, boolean municipalOnly, int minNeeds, Set<EpisodeType> episodeTypes,
                      boolean complexOnly, Set<EpisodeType> anyComplexity, boolean diagnosisRequired,
                      boolean individualPlan, UnitKind... holders) {
        this.hospitalBoundary = hospitalBoundary;
        this.municipalOnly = municipalOnly;
        this.minNeeds = minNeeds;
        this.episodeTypes = episodeTypes;
        this.complexOnly = complexOnly;
        this.anyComplexity = anyComplexity;
        this.diagnosisRequired = diagnosisRequired;
        this.individualPlan = individualPlan;
        this.holders = List.of(holders);
    }

    /** Whether the scheme's coordinator manages the boundary between units {@code a} and {@code b} (003B §2). */
    public boolean covers(ServiceUnit a, ServiceUnit b) {
        boolean hospital = a.kind.hospital || b.kind.hospital;
        if (hospital != hospitalBoundary) return false;
        return !municipalOnly || (a.owner == Owner.MUNICIPALITY && b.owner == Owner.MUNICIPALITY);
    }

    /** Whether an episode is one the scheme is for (003B §2: 8 of 14 schemes target complex needs). */
    public boolean qualifies(Episode ep) {
        if (ep.needs.size() < minNeeds || !episodeTypes.contains(ep.type)) return false;
        if (diagnosisRequired && !ep.user.diagnosis) return false;
        return !complexOnly || ep.complexity != Complexity.ROUTINE || anyComplexity.contains(ep.type);
    }
}
