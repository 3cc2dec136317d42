package no.samspill.core.config;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;

/**
 * A text that two settings objects share exactly when every public field, nested settings, lists, maps and arrays
 * included, is equal: the key of the caches of pure functions of settings (the sizing pilot, ODD §5.1; the age group's
 * frailty, §7.12), so that runs with the same settings share one computation.
 */
public final class SettingsKey {
    private SettingsKey() { }

    public static String of(Object... settings) {
        StringBuilder b = new StringBuilder();
        for (Object o : settings) append(b, o);
        return b.toString();
    }

    private static void append(StringBuilder b, Object o) {
        if (o == null || o instanceof Number || o instanceof Boolean || o instanceof CharSequence || o instanceof Enum<?>) {
            b.append(o).append(';');
            return;
        }
        if (o.getClass().isArray()) {
            b.append('[');
            for (int i = 0; i < Array.getLength(o); i++) append(b, Array.get(o, i));
            b.append(']');
            return;
        }
        if (o instanceof Collection<?> c) {
            b.append('[');
            for (Object x : c) append(b, x);
            b.append(']');
            return;
        }
        if (o instanceof Map<?, ?> m) {
            b.append('{');
            for (Map.Entry<?, ?> e : new java.util.TreeMap<>(m).entrySet()) {
                append(b, e.getKey());
                append(b, e.getValue());
            }
            b.append('}');
            return;
        }
        b.append(o.getClass().getSimpleName()).append('(');
        for (Field f : o.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            b.append(f.getName()).append('=');
            try {
                append(b, f.get(o));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        b.append(')');
    }
}
