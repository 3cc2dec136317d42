package no.samspill.gui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Link;
import no.samspill.core.units.Profession;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.World;

/**
 * A service unit as the network view shows and inspects it: its queue, staff, time budget and utilisation, read live
 * from the model's {@link ServiceUnit} (docs/ODD.md §2.5). Getters are what MASON's inspector lists.
 */
public final class UnitNode {
    final ServiceUnit unit;
    final transient World world;
    /** Radius in field units (set by the layout). */
    double radius;

    UnitNode(ServiceUnit unit, World world) {
        this.unit = unit;
        this.world = world;
    }

    public String getId() { return unit.id; }
    public String getKind() { return unit.kind.name(); }
    public String getOwner() { return unit.owner.name(); }
    public String desOwner() { return "Who owns the unit: the hospital trust, the municipality or the state (NAV)."; }
    public int getQueue() { return unit.queued; }
    public String desQueue() { return "Work items waiting in the unit's queue now."; }
    public int getInService() { return unit.busy; }
    public int getCaseSlots() { return unit.servers; }
    public String desCaseSlots() { return "Concurrent cases the unit can serve (beds for a hospital ward), after reporting takes its share."; }
    public double getUtilisation() { return unit.servers == 0 ? 0 : (double) unit.busy / unit.servers; }
    public String desUtilisation() { return "Case slots in use now: busy / slots."; }
    public int getReadyForDischarge() { return unit.readyWaiting; }
    public String desReadyForDischarge() { return "Hospital wards: patients ready for discharge still holding a bed (delayed discharge)."; }
    public int getStaffCount() { return unit.staff.size(); }
    public double getFte() { return unit.totalFte(); }

    /** Staff by profession, e.g. "NURSE 7.3 FTE". */
    public String[] getStaff() {
        Map<Profession, double[]> m = new EnumMap<>(Profession.class);
        for (Professional p : unit.staff) {
            double[] v = m.computeIfAbsent(p.profession, k -> new double[2]);
            v[0]++;
            v[1] += p.fte;
        }
        return m.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s: %d persons, %.1f FTE",
                e.getKey(), (int) e.getValue()[0], e.getValue()[1])).toArray(String[]::new);
    }

    /** Hours booked since warm-up by activity: the unit's time budget as spent so far (docs/ODD.md §7.10). */
    public String[] getTimeBudget() {
        double[] h = new double[Activity.values().length];
        double total = 0;
        for (Professional p : unit.staff) for (int a = 0; a < h.length; a++) { h[a] += p.hours[a]; total += p.hours[a]; }
        String[] out = new String[h.length];
        for (Activity a : Activity.values()) out[a.ordinal()] = String.format(Locale.ROOT, "%s: %.0f h (%.0f %%)",
                a, h[a.ordinal()], total > 0 ? 100 * h[a.ordinal()] / total : 0);
        return out;
    }
    public String desTimeBudget() { return "Hours booked by the unit's staff since warm-up, by activity."; }

    public double getMeanWaitDays() { return unit.started == 0 ? 0 : unit.waitSum / unit.started; }
    public String desMeanWaitDays() { return "Mean days in the queue of the cases started since warm-up."; }
    public long getArrivals() { return unit.arrivals; }
    public long getCompletions() { return unit.completions; }
    public double getMaturity() { return unit.maturity; }
    public String getTeam() { return unit.team == null ? "" : unit.team.id; }

    /** Links out of this unit that carried hand-offs: partner, hand-offs, information lost, trust. */
    public String[] getLinks() {
        if (world == null || world.links == null) return new String[0];
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Link l : world.links[unit.index]) {
            if (l == null || l.handoffs == 0) continue;
            out.add(String.format(Locale.ROOT, "-> %s: %d hand-offs, %.0f %% lost information, trust %.2f",
                    l.to.id, l.handoffs, 100 * l.getLossShare(), l.trust));
        }
        return out.toArray(String[]::new);
    }

    @Override
    public String toString() { return unit.id; }
}
