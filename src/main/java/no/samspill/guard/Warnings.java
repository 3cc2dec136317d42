package no.samspill.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.samspill.analysis.Warning;

/** Helpers for lists of warnings. */
public final class Warnings {
    private Warnings() { }

    /**
     * Merges per-variant lists: a warning that every variant has alike (same code, unit and message) is given once,
     * for all variants (variant null; so also every warning of a file with one variant); the others keep their
     * variant. Order: first seen.
     */
    public static List<Warning> merge(List<List<Warning>> perVariant) {
        Map<List<Object>, List<Warning>> same = new LinkedHashMap<>();
        for (List<Warning> ws : perVariant) {
            for (Warning w : ws) same.computeIfAbsent(List.of(w.code(), Objects.toString(w.unit()), w.message()), k -> new ArrayList<>()).add(w);
        }
        List<Warning> out = new ArrayList<>();
        for (List<Warning> group : same.values()) {
            Warning first = group.get(0);
            if (group.size() == perVariant.size()) {
                out.add(new Warning(first.code(), null, first.unit(), first.message(), first.numbers()));
            } else {
                out.addAll(group);
            }
        }
        return out;
    }
}
