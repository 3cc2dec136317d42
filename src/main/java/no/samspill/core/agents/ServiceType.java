package no.samspill.core.agents;

import no.samspill.core.units.UnitKind;

/** A service a user may need, and the kind of unit that delivers it. */
public enum ServiceType {
    HOME_CARE(UnitKind.HOME_CARE_ZONE, true),
    SHORT_TERM_STAY(UnitKind.SHORT_TERM_WARD, true),
    EVERYDAY_REHAB(UnitKind.EVERYDAY_REHAB_TEAM, true),
    GP_FOLLOW_UP(UnitKind.GP_PRACTICE, false),
    WORK_AND_WELFARE(UnitKind.NAV_OFFICE, false),
    MENTAL_HEALTH_SUBSTANCE(UnitKind.MENTAL_HEALTH_SUBSTANCE, false),
    DAY_ACTIVITY(UnitKind.DAY_CENTRE, true);

    public final UnitKind provider;
    /** Municipal care services that need an administrative decision (vedtak) under the Health and Care Services Act. */
    public final boolean needsAllocationDecision;

    ServiceType(UnitKind provider, boolean needsAllocationDecision) {
        this.provider = provider;
        this.needsAllocationDecision = needsAllocationDecision;
    }
}
