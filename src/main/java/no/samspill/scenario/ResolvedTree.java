package no.samspill.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.config.Scenario;

/**
 * Writes a bound scenario as a plain tree of maps, lists and scalars: every setting with its effective value
 * (defaults included, null settings left out), keys in schema order, enum values and enum map keys by name.
 * The tree is what goes into manifest.json; {@link ScenarioLoader#fromResolved} rebuilds the scenario from it.
 */
public final class ResolvedTree {
    private ResolvedTree() { }

    public static Map<String, Object> of(Scenario scenario) {
        return section(Schema.root(), scenario);
    }

    private static Map<String, Object> section(Schema.Section section, Object config) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Schema.Prop p : section.props().values()) {
            Object v = p.defaultOf(config);
            if (v == null) continue;
            out.put(p.key(), value(p, v));
        }
        return out;
    }

    private static Object value(Schema.Prop p, Object v) {
        switch (p.kind()) {
            case SECTION:
                return section(Schema.of(p.type()), v);
            case LIST:
                List<Object> items = new ArrayList<>();
                for (Object item : (List<?>) v) items.add(section(Schema.of(p.type()), item));
                return items;
            case MAP:
                Map<String, Object> m = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) m.put(scalarKey(e.getKey()), scalar(e.getValue()));
                return m;
            default:
                return scalar(v);
        }
    }

    private static String scalarKey(Object k) {
        return k instanceof Enum<?> e ? e.name() : String.valueOf(k);
    }

    private static Object scalar(Object v) {
        return v instanceof Enum<?> e ? e.name() : v;
    }
}
