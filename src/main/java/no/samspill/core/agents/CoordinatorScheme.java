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
    /**
     * Individual-plan coordinator appointed by the coordinating unit (koordinator for individuell plan). At least 2
     * needs: the right to an individual plan is for those who need long-term and coordinated services, that is
     * services of more than one provider (the legal criterion of the regulation on habilitation, rehabilitation,
     * individual plan and coordinator, 2011; structural, not a behaviour).
     */
    INDIVIDUAL_PLAN(false, false, 2, EnumSet.allOf(EpisodeType.class), true, EnumSet.of(EpisodeType.COMPLEX_LONG_TERM),
            false, true,
            List.of(UnitKind.COORDINATING_UNIT, UnitKind.MENTAL_HEALTH_SUBSTANCE, UnitKind.HOME_CARE_ZONE),
            List.of(UnitKind.MENTAL_HEALTH_SUBSTANCE, UnitKind.HOME_CARE_ZONE)),
    /** Discharge / pathway coordinator (forløpskoordinator). */
    PATHWAY(true, false, 0, EnumSet.of(EpisodeType.HOSPITAL_DISCHARGE), true, EnumSet.noneOf(EpisodeType.class),
            false, false,
            List.of(UnitKind.PURCHASER_OFFICE, UnitKind.HOME_CARE_ZONE, UnitKind.SHORT_TERM_WARD),
            List.of(UnitKind.PURCHASER_OFFICE, UnitKind.HOME_CARE_ZONE, UnitKind.SHORT_TERM_WARD)),
    /** Diagnosis-specific coordinator, e.g. dementia or cancer coordinator. */
    DIAGNOSIS(false, true, 0, EnumSet.complementOf(EnumSet.of(EpisodeType.WORK_HEALTH)), false,
            EnumSet.noneOf(EpisodeType.class), true, false,
            List.of(UnitKind.HOME_CARE_ZONE, UnitKind.GP_PRACTICE, UnitKind.DAY_CENTRE),
            List.of(UnitKind.HOME_CARE_ZONE, UnitKind.GP_PRACTICE, UnitKind.DAY_CENTRE)),
    /** Contact physician in the specialist health service (kontaktlege). */
    CONTACT_PHYSICIAN(true, false, 0, EnumSet.of(EpisodeType.HOSPITAL_DISCHARGE), true, EnumSet.noneOf(EpisodeType.class),
            false, false,
            List.of(UnitKind.HOSPITAL_WARD, UnitKind.GP_PRACTICE),
            List.of(UnitKind.HOSPITAL_WARD));

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
    /**
     * Unit kinds whose staff hold the role when every role sits in one place (`coordination.coordinator_placement:
     * FIRST_HOLDER_KIND`, the ablation): the first of them with staff holds all roles (ODD §5.5).
     */
    public final List<UnitKind> holders;
    /**
     * Unit kinds whose staff hold the role "on top of their main job" when roles are spread over the services
     * (`coordinator_placement: SERVICES`, ODD §5.5, §7.4): every unit of these kinds takes roles in turn, and a user
     * is given a coordinator from a unit that serves or knows them. The individual-plan coordinator is appointed by
     * the coordinating unit but held in the services that know the user (003B Table 2, seed L4067–4101; the IP
     * coordinators of 003A §3.5 worked in municipal mental-health services, seed L1985–1992; home care as a
     * coordinating service, 003B seed L3984–3993); the contact physician stays in the hospital (seed L4135–4163).
     */
    public final List<UnitKind> serviceHolders;

    CoordinatorScheme(boolean hospitalBoundary, boolean municipalOnly, int minNeeds, Set<EpisodeType> episodeTypes,
                      boolean complexOnly, Set<EpisodeType> anyComplexity, boolean diagnosisRequired,
                      boolean individualPlan, List<UnitKind> holders, List<UnitKind> serviceHolders) {
        this.hospitalBoundary = hospitalBoundary;
        this.municipalOnly = municipalOnly;
        this.minNeeds = minNeeds;
        this.episodeTypes = episodeTypes;
        this.complexOnly = complexOnly;
        this.anyComplexity = anyComplexity;
        this.diagnosisRequired = diagnosisRequired;
        this.individualPlan = individualPlan;
        this.holders = holders;
        this.serviceHolders = serviceHolders;
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
