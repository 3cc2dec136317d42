package no.samspill.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The time-series indicators (columns of timeseries.csv) whose level must settle for waits, delays and learning
 * results not to depend on the horizon (issue "Time, beds and pressure": queue lengths, patients waiting for
 * discharge, knowledge across boundaries). The queues of each kind of unit ({@code cases_waiting_<kind>}, e.g.
 * {@code cases_waiting_home_care_zone}, as the model reports them) and any per-unit {@code queue_length_<unit>} are
 * included automatically; "unit" below is then the kind.
 */
public final class Indicators {
    private Indicators() { }

    /** The indicators always checked, when present. */
    public static final List<String> CORE = List.of("cases_waiting", "waiting_for_discharge", "knowledge_across_boundaries");

    /** Prefixes of per-unit queue-length indicators. */
    public static final List<String> PER_UNIT_PREFIXES = List.of("cases_waiting_", "queue_length_");

    /** The service unit a per-unit indicator is about ({@code cases_waiting_home-care-1} → {@code home-care-1}), else null. */
    public static String unitOf(String indicator) {
        for (String p : PER_UNIT_PREFIXES) if (indicator.startsWith(p)) return indicator.substring(p.length());
        return null;
    }

    /** The indicators among {@code available} to check: {@link #CORE} first, then per-unit queues, in their order. */
    public static List<String> select(Collection<String> available) {
        List<String> out = new ArrayList<>();
        for (String c : CORE) if (available.contains(c)) out.add(c);
        for (String a : available) {
            if (out.contains(a)) continue;
            for (String p : PER_UNIT_PREFIXES) {
                if (a.startsWith(p)) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }
}
