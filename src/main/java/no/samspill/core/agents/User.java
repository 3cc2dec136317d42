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
    /**
     * Rehabilitation potential 0–1 of the latest decline (the "grey zone", 003A §4.5; ODD §7.1); a recurrence draws it
     * anew (§7.12).
     */
    public double rehabPotential;

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

    // ---------------------------------------------------------------- the persistent population (ODD §7.12)

    /** Day of birth on the run's clock (negative: before the run), so that the user ages as the clock runs. */
    public double birthDay;
    /** False once the user has died; a dead user starts no episode and is never scheduled again. */
    public boolean alive = true;
    /** Day of death, or NaN. */
    public double died = Double.NaN;
    /** Episodes started for this user (all, from the first), and the type of the first. */
    public int episodesStarted;
    public EpisodeType firstType;
    /**
     * When the user last fell ill (a first episode or a recurrence; readmissions and re-emerging needs belong to the
     * illness they follow), NaN while never: the recurrence hazard falls with the time since (ODD §7.12).
     */
    public double lastEpisodeStart = Double.NaN;
    /** Functional level when the user first came to the services: the frailty the death and recurrence hazards read. */
    public double entryFunctional = Double.NaN;
    /**
     * Episodes a known user had before the run whose change of function is not yet applied: it is applied when they
     * next fall ill, from the run's own episodes (ODD §7.12, {@code process/KnownUserHistory}); 0 for everyone else.
     */
    public int pastEpisodesPending;
    /** Seed and count of the user's own random draws for life events (ODD §7.12). */
    public long lifeSeed;
    public int lifeDraws;
    /** Stamp of the user's pending life event (death or recurrence): an event whose stamp is stale does nothing. */
    public int lifeStamp;
    /** The user's open episodes (usually none or one). */
    private Episode[] open = new Episode[1];
    private int openCount;

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

    /** Age in years on day {@code now}. */
    public double age(double now) { return (now - birthDay) / 365.25; }

    public int openEpisodes() { return openCount; }

    public Episode openEpisode(int i) { return open[i]; }

    /** Called when an episode of this user starts. */
    public void episodeOpened(Episode ep) {
        if (openCount == open.length) open = Arrays.copyOf(open, openCount * 2);
        open[openCount++] = ep;
        if (episodesStarted++ == 0) firstType = ep.type;
    }

    /** Called when an episode of this user ends. */
    public void episodeClosed(Episode ep, double now) {
        for (int i = 0; i < openCount; i++) {
            if (open[i] == ep) {
                open[i] = open[--openCount];
                open[openCount] = null;
                break;
            }
        }
    }

    /** The user dies on day {@code now}: the primary contacts are dropped (contact counts stay for the metrics). */
    public void die(double now) {
        alive = false;
        died = now;
        primaryUnits = null;
        primaryContacts = null;
        primaries = 0;
        lifeStamp++;
    }

    /**
     * What the advocate and the relatives add to the user's voice (settings involvement.voice_boost_*, ODD §7.11), set
     * when the user joins the municipality's users (Demand.register); 0 for a user built without them.
     */
    public double advocateVoice, relativesVoice;

    /** The user's effective voice at a decision where they are present (assertiveness, advocate, relatives). */
    public double voice() {
        return Math.min(1, assertiveness + advocateVoice + relativesVoice);
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
    public boolean isAlive() { return alive; }
    public int getEpisodesStarted() { return episodesStarted; }
}
