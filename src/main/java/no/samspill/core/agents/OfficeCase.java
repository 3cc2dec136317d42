package no.samspill.core.agents;

import java.util.List;
import no.samspill.core.units.ServiceUnit;

/**
 * The purchaser office's work item: the needs of one episode to assess (docs/ODD.md §7.3), with the number of the
 * referral that brought each need here (a need decided elsewhere meanwhile, or referred again, is not this case's).
 */
public record OfficeCase(Episode episode, List<Need> needs, double queuedAt, int[] referrals) implements WorkItem {
    public OfficeCase(Episode episode, List<Need> needs, double queuedAt) {
        this(episode, needs, queuedAt, numbers(needs));
    }

    private static int[] numbers(List<Need> needs) {
        int[] r = new int[needs.size()];
        for (int i = 0; i < r.length; i++) r[i] = needs.get(i).referrals;
        return r;
    }

    /** The needs of this case that still wait for its decision (all of them, unless decided at the ready notice). */
    public List<Need> undecided() {
        List<Need> out = new java.util.ArrayList<>(needs.size());
        for (int i = 0; i < referrals.length; i++) if (needs.get(i).awaitsDecision(referrals[i])) out.add(needs.get(i));
        return out;
    }

    /**
     * Dropped from the office's queue when its episode has ended meanwhile (the user died, or the need went away) or
     * every need was decided meanwhile, at the hospital's ready-for-discharge notice (docs/ODD.md §2.2, §7.5): no case
     * worker spends a slot and its hours on a file nobody needs any more, as a professional's queue drops a need whose
     * episode has ended.
     */
    @Override public boolean stillWanted() { return !episode.ended() && !undecided().isEmpty(); }

    @Override public void startWith(Handler h, ServiceUnit unit, double duration) { h.start(this, unit, duration); }
}
