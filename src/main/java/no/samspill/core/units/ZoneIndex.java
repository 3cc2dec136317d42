package no.samspill.core.units;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Which unit of each kind serves each zone (ODD §2.9, §5.1), as a table built once: users live in zones
 * 0 … {@link #zones()}−1; the unit of a kind serving zone z is the first unit of that kind whose {@code zone} is z, and
 * when there is none, unit number (z mod count) of the kind. Looking a unit up is O(1) whatever the number of units
 * (it was a scan over the units of the kind on every referral, admission and detection).
 *
 * <p>It also holds each unit's lending neighbours (ODD §7.5): the units of the same kind next to it in the kind's
 * list, so that borrowing a free slot looks at a fixed number of units, not at every unit of the kind.
 */
public final class ZoneIndex {
    private final int zones;
    /** [kind ordinal][zone] -> unit, or null when the kind has no unit. */
    private final ServiceUnit[][] table;
    /** [kind ordinal] -> units of the kind in list order. */
    private final ServiceUnit[][] lists;
    /** [unit index] -> units of the same kind it may borrow a slot from, in the kind's list order. */
    private final List<List<ServiceUnit>> neighbours;

    /**
     * @param byKind units of each kind in list order
     * @param unitCount number of units (unit indices are 0 … unitCount−1)
     */
    public ZoneIndex(Map<UnitKind, List<ServiceUnit>> byKind, int unitCount) {
        int z = 1;
        for (List<ServiceUnit> list : byKind.values()) for (ServiceUnit u : list) z = Math.max(z, u.zone + 1);
        this.zones = z;
        this.table = new ServiceUnit[UnitKind.values().length][];
        this.lists = new ServiceUnit[UnitKind.values().length][];
        this.neighbours = new ArrayList<>(Collections.nCopies(unitCount, List.of()));
        for (Map.Entry<UnitKind, List<ServiceUnit>> e : byKind.entrySet()) {
            List<ServiceUnit> list = e.getValue();
            if (list.isEmpty()) continue;
            ServiceUnit[] row = new ServiceUnit[zones];
            for (ServiceUnit u : list) {
                if (u.zone >= 0 && row[u.zone] == null) row[u.zone] = u;
            }
            for (int i = 0; i < zones; i++) if (row[i] == null) row[i] = list.get(Math.floorMod(i, list.size()));
            table[e.getKey().ordinal()] = row;
            lists[e.getKey().ordinal()] = list.toArray(new ServiceUnit[0]);
            for (int i = 0; i < list.size(); i++) neighbours.set(list.get(i).index, lendingNeighbours(list, i));
        }
    }

    /**
     * The units next to unit {@code i} in its kind's list (previous and next, wrapping round), in list order; with
     * three units or fewer that is every other unit of the kind.
     */
    private static List<ServiceUnit> lendingNeighbours(List<ServiceUnit> list, int i) {
        int n = list.size();
        List<ServiceUnit> out = new ArrayList<>(2);
        if (n <= 3) {
            for (int j = 0; j < n; j++) if (j != i) out.add(list.get(j));
        } else {
            int prev = Math.floorMod(i - 1, n), next = (i + 1) % n;
            out.add(list.get(Math.min(prev, next)));
            out.add(list.get(Math.max(prev, next)));
        }
        return List.copyOf(out);
    }

    /** Number of zones users live in: the highest zone of any unit + 1. */
    public int zones() { return zones; }

    /** The unit of kind {@code k} serving zone {@code zone}, or null if there is no unit of that kind. */
    public ServiceUnit unitFor(UnitKind k, int zone) {
        ServiceUnit[] row = table[k.ordinal()];
        if (row == null) return null;
        if (zone >= 0 && zone < row.length) return row[zone];
        // A zone outside the table (the model never draws one): no unit has it, so the modulo rule applies.
        ServiceUnit[] list = lists[k.ordinal()];
        return list[Math.floorMod(zone, list.length)];
    }

    /** Units of the same kind that {@code u} may borrow a free slot from (ODD §7.5). */
    public List<ServiceUnit> neighbours(ServiceUnit u) { return neighbours.get(u.index); }
}
