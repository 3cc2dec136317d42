package no.samspill.core.units;

import java.util.Arrays;

/**
 * A professional (ODD §2): profession, employing unit, FTE, competence, knowledge of other units and trust in
 * them. Knowledge relaxes lazily towards an equilibrium (forgetting, or co-location exposure) between events, so no
 * per-day update is needed; see {@link #knowledgeOf(int, double)}.
 */
public final class Professional {
    public final int id;
    public final Profession profession;
    public ServiceUnit unit;
    public final double fte;
    public double competence;
    /** Knowledge of each unit (index = unit index), as of {@link #knowledgeStamp}. */
    final double[] knowledge;
    final double[] knowledgeStamp;
    /** Trust in each unit's professionals (index = unit index). */
    public final double[] trust;
    /** Active cases held as primary professional (workload). */
    public int caseload;
    /** Hours booked by activity over the measured period. */
    public final double[] hours = new double[Activity.values().length];

    public Professional(int id, Profession profession, ServiceUnit unit, double fte, int nUnits) {
        this.id = id;
        this.profession = profession;
        this.unit = unit;
        this.fte = fte;
        this.knowledge = new double[nUnits];
        this.knowledgeStamp = new double[nUnits];
        this.trust = new double[nUnits];
    }

    /** Forgetting rate of knowledge of other units without contact (per day): half-life about two years. */
    public static final double FORGETTING_PER_DAY = Math.log(2) / 730.0;
    /** Knowledge a professional keeps of a unit without any contact. */
    public static final double KNOWLEDGE_FLOOR = 0.05;
    /** Learning rate from being co-located with a unit (per day): most is known within a few months. */
    public static final double COLOCATION_PER_DAY = 1.0 / 60.0;
    /** Equilibrium knowledge of a co-located unit. */
    public static final double COLOCATION_TARGET = 0.9;

    /**
     * Knowledge of unit {@code u} at time {@code now}: the stored value relaxed exponentially towards the floor
     * (forgetting) or, for co-located units, towards the co-location target.
     */
    public double knowledgeOf(int u, double now) {
        double dt = now - knowledgeStamp[u];
        if (dt > 0) {
            boolean coloc = unit.isColocatedWith(u);
            double target = u == unit.index ? 1.0 : (coloc ? COLOCATION_TARGET : KNOWLEDGE_FLOOR);
            double rate = coloc || u == unit.index ? COLOCATION_PER_DAY : FORGETTING_PER_DAY;
            if (!(coloc && knowledge[u] > target)) {
                knowledge[u] = target + (knowledge[u] - target) * Math.exp(-rate * dt);
            }
            knowledgeStamp[u] = now;
        }
        return knowledge[u];
    }

    /** Learning from an event: knowledge moves a share {@code gain} of the way to 1. */
    public void learn(int u, double gain, double now) {
        double k = knowledgeOf(u, now);
        knowledge[u] = k + gain * (1 - k);
    }

    public void setKnowledge(int u, double value, double now) {
        knowledge[u] = value;
        knowledgeStamp[u] = now;
    }

    /** A new person in the post: no knowledge of others beyond the floor, neutral trust (ODD §7.9). */
    public void replace(double now, double neutralTrust) {
        Arrays.fill(knowledge, KNOWLEDGE_FLOOR);
        Arrays.fill(knowledgeStamp, now);
        knowledge[unit.index] = 0.6;
        Arrays.fill(trust, neutralTrust);
    }

    /** Adds hours to an activity; whether they count (warm-up) is decided by the world ({@code World.book}). */
    public void book(Activity a, double h) {
        hours[a.ordinal()] += h;
    }

    // ------------------------------------------------------------------ bean properties (MASON inspectors, charts)

    public int getId() { return id; }
    public Profession getProfession() { return profession; }
    public String getUnit() { return unit.id; }
    public double getFte() { return fte; }
    public double getCompetence() { return competence; }
    public int getCaseload() { return caseload; }
    /** Hours booked over the measured period, all activities. */
    public double getHoursBooked() {
        double s = 0;
        for (double h : hours) s += h;
        return s;
    }
}
