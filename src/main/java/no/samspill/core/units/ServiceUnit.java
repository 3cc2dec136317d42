package no.samspill.core.units;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;

/**
 * A service unit (ODD §2): kind, owner, staff, a queue of cases and a number of concurrent case slots
 * ("servers"), with the time integrals needed for Little's law and queue metrics.
 */
public final class ServiceUnit {
    public final int index;
    public final String id;
    public final UnitKind kind;
    public final Owner owner;
    public final int zone;
    public final String colocationGroup;
    public final List<Professional> staff = new ArrayList<>();
    /**
     * When true, {@link #servers} is fixed by the scenario (verification queues, hospital beds) and the unit starts a
     * case whenever fewer than that many are in service. Otherwise what the unit can start follows from its staff's
     * time ({@link #time}, ODD §7.5, §7.10) and {@link #servers} is only the nominal number of full cases the
     * available hours cover (for reports and lending).
     */
    public boolean fixedServers;
    public int servers;
    /** The staff's weekly time budget: contracted, committed and spent hours (ODD §7.10). */
    public final TimeBudget time = new TimeBudget();
    /**
     * Beds of a short-term ward (0 = no bed limit beyond the staff): at most this many stays at once (ODD §7.5).
     * A hospital ward's beds are its {@link #servers}.
     */
    public int beds;
    /** Hospital wards: corridor beds put up when the ward is full; patients beyond them lie on another ward (ODD §7.5). */
    public int corridorBeds;
    public double meanServiceDays;
    public ServiceDistribution distribution;
    public double hoursPerCaseWeek;
    /** Contacts a case in service has with the staff per day (setting {@code units[].contacts_per_day} or the kind's default). */
    public double contactsPerDay;
    /** Travel per home visit, hours (setting {@code delivery.travel_hours_per_visit}; read for home-based units only). */
    public double travelHoursPerVisit;
    public boolean weekendIntake;
    public double maturity;
    public double anchoring;
    public Team team;
    /** Units this one shares a co-location group with (by index), including itself. */
    public boolean[] colocated;

    // --- queue state
    /** Work items waiting (the queue itself is kept by the delivery process, which owns the order of service). */
    public int queued;
    public int busy;
    /** A start event is already scheduled for the next working day. */
    public boolean startPending;
    /** Round-robin position for assigning new cases to staff. */
    public int nextPrimary;
    /** Hospital wards: patients ready for discharge still holding a bed (bed blockers). */
    public int readyWaiting;
    /** Hand-offs between this unit and any other, in and out, since the start (joint work, ODD §7.9). */
    public long boundaryHandoffs;

    // --- statistics over the measured period
    private double lastChange;
    private double areaQueue;
    private double areaSystem;
    private double areaBusy;
    /** ∫ min(busy, capacity)/capacity dt: utilisation that cannot exceed 1. */
    private double areaUtilisation;
    /** ∫ max(0, busy − capacity) dt: cases held beyond capacity (corridor and outlying patients, rationed home care). */
    private double areaOverflow;
    /** ∫ min(overflow, corridor beds) dt: hospital patients in corridor beds. */
    private double areaCorridor;
    public long arrivals;
    public long completions;
    public long started;
    public double waitSum;
    public double sojournSum;
    public long sojournCount;
    public double measuredFrom = Double.NaN;

    public ServiceUnit(int index, String id, UnitKind kind, Owner owner, int zone, String colocationGroup) {
        this.index = index;
        this.id = id;
        this.kind = kind;
        this.owner = owner;
        this.zone = zone;
        this.colocationGroup = colocationGroup == null ? "" : colocationGroup;
    }

    /** A member of staff drawn at random from {@code r}, or null if the unit has no staff. */
    public Professional anyStaff(MersenneTwisterFast r) {
        return staff.isEmpty() ? null : staff.get(r.nextInt(staff.size()));
    }

    public boolean isColocatedWith(int other) {
        return colocated != null && colocated[other];
    }

    public double fte(Profession p) {
        double s = 0;
        for (Professional x : staff) if (x.profession == p) s += x.fte;
        return s;
    }

    public double totalFte() {
        double s = 0;
        for (Professional x : staff) s += x.fte;
        return s;
    }

    /** Must be called before any change of queue or busy count, to integrate the areas up to now. */
    public void advance(double now) {
        if (!Double.isNaN(measuredFrom) && now > lastChange) {
            double from = Math.max(lastChange, measuredFrom);
            if (now > from) {
                double dt = now - from;
                areaQueue += dt * queued;
                areaSystem += dt * (queued + busy);
                areaBusy += dt * busy;
                int cap = capacity();
                int over = Math.max(0, busy - cap);
                areaUtilisation += dt * Math.min(busy, cap) / Math.max(1, cap);
                areaOverflow += dt * over;
                areaCorridor += dt * Math.min(over, corridorBeds);
            }
        }
        lastChange = now;
    }

    /**
     * Cases the unit holds at once in its own places: beds for wards (a short-term ward's beds cap what its staff
     * could carry), case slots otherwise. Busy cases beyond it are overflow.
     */
    public int capacity() { return beds > 0 ? Math.min(beds, servers) : servers; }

    /** Patients in a hospital ward beyond its beds and corridor beds now: placed on another ward. */
    public int outlying() { return Math.max(0, busy - capacity() - corridorBeds); }

    public void startMeasuring(double now) {
        advance(now);
        time.startMeasuring(now);
        measuredFrom = now;
        lastChange = now;
    }

    public boolean measuring() { return !Double.isNaN(measuredFrom); }

    public double meanQueue(double now) { advance(now); return span(now) > 0 ? areaQueue / span(now) : 0; }
    public double meanInSystem(double now) { advance(now); return span(now) > 0 ? areaSystem / span(now) : 0; }
    public double meanBusy(double now) { advance(now); return span(now) > 0 ? areaBusy / span(now) : 0; }
    /** Time-average of min(busy, capacity)/capacity: never above 1. */
    public double utilisation(double now) { advance(now); return span(now) > 0 ? areaUtilisation / span(now) : Double.NaN; }
    /** Time-average number of cases beyond capacity. */
    public double meanOverflow(double now) { advance(now); return span(now) > 0 ? areaOverflow / span(now) : 0; }
    /** Time-average number of patients in corridor beds. */
    public double meanCorridor(double now) { advance(now); return span(now) > 0 ? areaCorridor / span(now) : 0; }
    public double span(double now) { return measuring() ? now - measuredFrom : 0; }

    // ------------------------------------------------------------------ bean properties (MASON inspectors, charts)

    public String getId() { return id; }
    public UnitKind getKind() { return kind; }
    public Owner getOwner() { return owner; }
    public int getZone() { return zone; }
    public String getColocationGroup() { return colocationGroup; }
    public int getStaff() { return staff.size(); }
    public double getTotalFte() { return totalFte(); }
    public int getServers() { return servers; }
    public int getBusy() { return busy; }
    public int getQueued() { return queued; }
    public int getReadyWaiting() { return readyWaiting; }
    public int getBeds() { return beds; }
    public int getOutlying() { return outlying(); }
    public double getMeanServiceDays() { return meanServiceDays; }
    public double getMaturity() { return maturity; }
    public double getAnchoring() { return anchoring; }
    public boolean isWeekendIntake() { return weekendIntake; }
    public String getTeam() { return team == null ? "" : team.id; }
    public long getArrivals() { return arrivals; }
    public long getCompletions() { return completions; }
}
