package no.samspill.core.units;

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
    /**
     * Knowledge of, its time stamp for, and trust in each unit, interleaved: unit u at {@code state[base + 3u]}
     * (knowledge as of the stamp), {@code + 1} (stamp), {@code + 2} (trust). The rows of many professionals share one
     * block ({@link #attachState}), so that a professional is a small object, professionals lie close together in
     * memory, and reading a unit's knowledge, stamp and trust touches one cache line (docs/benchmark.md).
     */
    private double[] state;
    private int base;
    /** How knowledge drifts between events: one instance shared by all professionals of the run. */
    private KnowledgeRates rates;
    private final int nUnits;
    /**
     * The person in the post: the id at the start, a new number after each replacement (turnover, ODD §7.9). Contacts
     * are counted by person (continuity indices) and the roster is the person's own (ODD §7.5).
     */
    public int person;
    /** The person in the post before the present one (−1: none), and when the present one came (ODD §7.9). */
    public int previousPerson = -1;
    public double personSince = Double.NEGATIVE_INFINITY;
    /** Active cases held as primary professional (workload). */
    public int caseload;
    /** Hours booked by activity over the measured period. */
    public final double[] hours = new double[Activity.values().length];

    /** A professional of a municipality of {@code nUnits} units; its state row is attached by the builder. */
    public Professional(int id, Profession profession, ServiceUnit unit, double fte, int nUnits) {
        this.id = id;
        this.profession = profession;
        this.unit = unit;
        this.fte = fte;
        this.nUnits = nUnits;
        this.person = id;
    }

    /**
     * The person in the post at time {@code t}: the present one, or the one before if {@code t} is before the present
     * one came (a service's visits are assigned at its end, ODD §7.5; earlier persons than the one before are not kept).
     */
    public int personAt(double t) {
        return t < personSince && previousPerson >= 0 ? previousPerson : person;
    }

    /**
     * While non-null (the warm-up of a run whose slow states start at their long-run levels, ODD §5.7): per unit
     * u, the sum of knowledge gains at {@code 3u}, of trust gains as a share of (1 − trust) at {@code 3u + 1} and of
     * trust losses as a share of trust at {@code 3u + 2}; knowledge losses (reorganisations) at {@code 3 nUnits + u}.
     */
    public double[] levelRecord;

    /** Values per unit in a state row: knowledge, stamp, trust (memory layout, structural; the 3 in the index sums below). */
    public static final int STATE_PER_UNIT = 3;

    /**
     * Gives the professional its row, {@code STATE_PER_UNIT × nUnits} values from {@code base} in {@code block}
     * (zeros; the builder then sets the initial knowledge and trust, ODD §5.4), and the run's knowledge rates. Called
     * once, by the builder.
     */
    public void attachState(double[] block, int base, KnowledgeRates rates) {
        if (state != null) throw new IllegalStateException("state already attached to professional " + id);
        if (base < 0 || base + STATE_PER_UNIT * nUnits > block.length) throw new IllegalArgumentException("row outside block");
        this.state = block;
        this.base = base;
        this.rates = rates;
    }

    /** Trust in unit {@code u}'s professionals (0–1). */
    public double trust(int u) { return state[base + 3 * u + 2]; }

    public void setTrust(int u, double value) {
        final int i = base + 3 * u + 2;
        if (levelRecord != null) {
            double old = state[i];
            if (value > old && old < 1) levelRecord[3 * u + 1] += (value - old) / (1 - old);
            else if (value < old && old > 0) levelRecord[3 * u + 2] += (old - value) / old;
        }
        state[i] = value;
    }

    /**
     * Knowledge of unit {@code u} at time {@code now}: the stored value relaxed exponentially towards the floor
     * (forgetting) or, for co-located units, towards the co-location target, and for the own unit towards full
     * knowledge (1.0, structural). Rates and levels are the run's {@link KnowledgeRates} (settings learning.*).
     */
    public double knowledgeOf(int u, double now) {
        final double[] s = state;
        final int i = base + 3 * u;
        double dt = now - s[i + 1];
        if (dt > 0) {
            final KnowledgeRates k = rates;
            boolean coloc = unit.isColocatedWith(u);
            double target = u == unit.index ? 1.0 : (coloc ? k.colocationTarget() : k.floor());
            double rate = coloc || u == unit.index ? k.colocationPerDay() : k.forgettingPerDay();
            if (!(coloc && s[i] > target)) {
                s[i] = target + (s[i] - target) * Math.exp(-rate * dt);
            }
            s[i + 1] = now;
        }
        return s[i];
    }

    /** Learning from an event: knowledge moves a share {@code gain} of the way to 1. */
    public void learn(int u, double gain, double now) {
        double k = knowledgeOf(u, now);
        state[base + 3 * u] = k + gain * (1 - k);
        if (levelRecord != null) levelRecord[3 * u] += gain;
    }

    public void setKnowledge(int u, double value, double now) {
        if (levelRecord != null) {
            double old = knowledgeOf(u, now);
            if (value < old && old > 0) levelRecord[3 * nUnits + u] += (old - value) / old;
        }
        state[base + 3 * u] = value;
        state[base + 3 * u + 1] = now;
    }

    /**
     * A new person in the post: no knowledge of others beyond the floor, neutral trust and {@code ownUnitKnowledge} of
     * their own unit (ODD §7.9); {@code newPerson} numbers the person for contacts and rosters (unique within the run).
     */
    public void replace(double now, double neutralTrust, double ownUnitKnowledge, int newPerson) {
        this.previousPerson = person;
        this.personSince = now;
        this.person = newPerson;
        for (int u = 0, i = base; u < nUnits; u++, i += 3) {
            state[i] = rates.floor();
            state[i + 1] = now;
            state[i + 2] = neutralTrust;
        }
        state[base + 3 * unit.index] = ownUnitKnowledge;
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
