package no.samspill.core.agents;

import no.samspill.core.units.Professional;

/** A coordinator role held by a professional in one scheme, with a caseload limit (003B §2). */
public final class Coordinator {
    public final Professional holder;
    public final CoordinatorScheme scheme;
    public final int caseloadLimit;
    public final double hoursPerUserWeek;
    public int caseload;

    public Coordinator(Professional holder, CoordinatorScheme scheme, int caseloadLimit, double hoursPerUserWeek) {
        this.holder = holder;
        this.scheme = scheme;
        this.caseloadLimit = caseloadLimit;
        this.hoursPerUserWeek = hoursPerUserWeek;
    }

    // ------------------------------------------------------------------ bean properties (MASON inspectors, charts)

    public int getHolder() { return holder.id; }
    public String getUnit() { return holder.unit.id; }
    public CoordinatorScheme getScheme() { return scheme; }
    public int getCaseload() { return caseload; }
    public int getCaseloadLimit() { return caseloadLimit; }
    public double getHoursPerUserWeek() { return hoursPerUserWeek; }
}
