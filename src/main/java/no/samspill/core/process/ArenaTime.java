package no.samspill.core.process;

import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.World;

/**
 * Time for the cross-boundary arenas (ODD §7.4 responsibility groups, §7.8 forums, §7.10 time budget). A professional
 * who goes to an arena sits in a cross-pressure between the home unit's demands and the arena's goals (000 L45), so a
 * unit sends someone only when the meeting fits in the hours its week has left after the cases and roles it holds and
 * what it has already spent this week. A unit whose leaders anchor the cross-boundary work has released time for it
 * (000 L14–16: the work on the agenda of fixed arenas; L22–24: staff released for some hours a week): its member goes
 * whatever the week holds, and hours beyond the available ones are overtime (§7.10).
 *
 * <p>Which units' leaders do so is the scenario's {@code governance.leadership}: that share of the units, in a fixed
 * order of their index like the unit-level governance rules (§6.2). Nothing is drawn, and no probability depends on
 * the setting: it decides which units release time, the week's load decides the rest.
 */
public final class ArenaTime {
    /**
     * Offset of the order in which units are anchored, so that the anchored units are not simply the first units the
     * governance rules bind (structural, like the rules' offsets in §7.13; 0.5 is no multiple of their step 0.382 mod 1
     * for the rules there are).
     */
    static final double ORDER_OFFSET = 0.5;

    private ArenaTime() {}

    /** Whether the unit's leaders anchor cross-boundary work (ODD §7.4): the share {@code governance.leadership} of units. */
    public static boolean anchored(World m, ServiceUnit u) {
        return GoldenOrder.within(GoldenOrder.position(u.index, ORDER_OFFSET), m.scenario.governance.leadership);
    }

    /**
     * Whether the unit can send a member to an arena that takes {@code hours} of the member's week: its leaders have
     * released the time, or the week has that many hours left ({@code TimeBudget.free}). With
     * {@code coordination.arenas_compete_for_time} false (the ablation) every unit can.
     */
    public static boolean canAttend(World m, ServiceUnit u, double hours) {
        if (!m.scenario.coordination.arenasCompeteForTime || anchored(m, u)) return true;
        return u.time.free() >= hours;
    }
}
