package no.samspill.core.process;

import java.util.ArrayList;
import java.util.List;
import no.samspill.core.agents.Need;

/**
 * One referral of a set of needs: the needs and the number of the referral that brought each to its decider. A
 * decision that waits (in the purchaser office's queue, for a meeting, for an assessment) decides only the needs whose
 * referral is still this one and still undecided: the same need may have been decided meanwhile at the hospital's
 * ready-for-discharge notice, or sent back and referred again (ODD §7.5, "the answer to the ready notice").
 */
record Referrals(List<Need> needs, int[] numbers) {
    static Referrals of(List<Need> needs) {
        List<Need> copy = List.copyOf(needs);
        int[] r = new int[copy.size()];
        for (int i = 0; i < r.length; i++) r[i] = copy.get(i).referrals;
        return new Referrals(copy, r);
    }

    /** The needs still waiting for the decision this referral asked for. */
    List<Need> undecided() {
        List<Need> out = new ArrayList<>(needs.size());
        for (int i = 0; i < numbers.length; i++) if (needs.get(i).awaitsDecision(numbers[i])) out.add(needs.get(i));
        return out;
    }
}
