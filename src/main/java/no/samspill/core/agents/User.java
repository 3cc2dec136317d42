package no.samspill.core.agents;

import java.util.Arrays;

/**
 * A user (citizen / patient), ODD §2: needs across services, complexity, functional level, rehabilitation
 * potential, assertiveness, relatives, advocate, own goals, resource position and the full contact history
 * (as counts per professional, enough for COC and UPC).
 */
public final class User {
    public final int id;
    public final int zone;
    public final boolean lowResource;
    public final double assertiveness;
    public final boolean relatives;
    /** Burden on relatives 0–1; grows with unmet-need days (003A §5). */
    public double relativesBurden;
    public final AdvocateType advocate;
    /** Number of own goals ("what matters to me", 001 §2.7). */
    public final int goals;
    public final boolean diagnosis;
    /** Functional level 0 (fully dependent) – 1 (independent). */
    public double functional;
    /** Rehabilitation potential 0–1 (the "grey zone", 003A §4.5). */
    public final double rehabPotential;

    /** Open episodes of this user that have a coordinator, an individual plan or a shared plan from a meeting (ODD §7.3). */
    public int coordinatedEpisodes;
    /** Active services and the time-integrals of concurrent, uncoordinated service days. */
    public int activeServices;
    private double lastServiceChange;

    // contact history: professional id -> number of contacts, in measured period
    private int[] contactProf = new int[4];
    private int[] contactCount = new int[4];
    private int distinct;
    private int contacts;

    public double concurrentDays;
    public double uncoordinatedDays;
    public double serviceDays;

    public User(int id, int zone, boolean lowResource, double assertiveness, boolean relatives, AdvocateType advocate,
                int goals, boolean diagnosis, double functional, double rehabPotential) {
        this.id = id;
        this.zone = zone;
        this.lowResource = lowResource;
        this.assertiveness = assertiveness;
        this.relatives = relatives;
        this.advocate = advocate;
        this.goals = goals;
        this.diagnosis = diagnosis;
        this.functional = functional;
        this.rehabPotential = rehabPotential;
    }

    /** The user's effective voice at a decision where they are present (assertiveness, advocate, relatives). */
    public double voice() {
        return Math.min(1, assertiveness + advocate.voiceBoost + (relatives ? 0.05 : 0));
    }

    public boolean coordinated() { return coordinatedEpisodes > 0; }

    // primary contact (primærkontakt) in each unit that has served the user (ODD §7.5); few units per user
    private int[] primaryUnits;
    private no.samspill.core.units.Professional[] primaryContacts;
    private int primaries;

    /** The user's primary contact in unit {@code unit}, or null if the unit has not served the user yet. */
    public no.samspill.core.units.Professional primaryIn(int unit) {
        for (int i = 0; i < primaries; i++) if (primaryUnits[i] == unit) return primaryContacts[i];
        return null;
    }

    /** Names {@code p} the user's primary contact in unit {@code unit}. */
    public void setPrimary(int unit, no.samspill.core.units.Professional p) {
        for (int i = 0; i < primaries; i++) if (primaryUnits[i] == unit) { primaryContacts[i] = p; return; }
        if (primaryUnits == null) {
            primaryUnits = new int[2];
            primaryContacts = new no.samspill.core.units.Professional[2];
        } else if (primaries == primaryUnits.length) {
            primaryUnits = Arrays.copyOf(primaryUnits, primaries * 2);
            primaryContacts = Arrays.copyOf(primaryContacts, primaries * 2);
        }
        primaryUnits[primaries] = unit;
        primaryContacts[primaries++] = p;
    }

    public void addContacts(int professionalId, int n) {
        if (n <= 0) return;
        contacts += n;
        for (int i = 0; i < distinct; i++) {
            if (contactProf[i] == professionalId) { contactCount[i] += n; return; }
        }
        if (distinct == contactProf.length) {
            contactProf = Arrays.copyOf(contactProf, distinct * 2);
            contactCount = Arrays.copyOf(contactCount, distinct * 2);
        }
        contactProf[distinct] = professionalId;
        contactCount[distinct++] = n;
    }

    public int contacts() { return contacts; }
    public int distinctProfessionals() { return distinct; }
    public int[] contactCounts() { return Arrays.copyOf(contactCount, distinct); }

    /** Integrates concurrent-service days up to {@code now}; call before changing {@link #activeServices} or the plan. */
    public void advanceServices(double now, double measuredFrom) {
        double from = Math.max(lastServiceChange, measuredFrom);
        if (now > from) {
            double dt = now - from;
            if (activeServices >= 1) serviceDays += dt;
            if (activeServices >= 2) {
                concurrentDays += dt;
                if (!coordinated()) uncoordinatedDays += dt;
            }
        }
        lastServiceChange = now;
    }

    // ------------------------------------------------------------------ bean properties (MASON inspectors, charts)

    public int getId() { return id; }
    public int getZone() { return zone; }
    public boolean isLowResource() { return lowResource; }
    public double getAssertiveness() { return assertiveness; }
    public boolean isRelatives() { return relatives; }
    public double getRelativesBurden() { return relativesBurden; }
    public AdvocateType getAdvocate() { return advocate; }
    public int getGoals() { return goals; }
    public boolean isDiagnosis() { return diagnosis; }
    public double getFunctional() { return functional; }
    public double getRehabPotential() { return rehabPotential; }
    public double getVoice() { return voice(); }
    public int getActiveServices() { return activeServices; }
    public boolean isCoordinated() { return coordinated(); }
    public int getContacts() { return contacts; }
    public int getDistinctProfessionals() { return distinct; }
}
