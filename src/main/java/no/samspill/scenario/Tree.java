package no.samspill.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario as a located tree of maps, lists and scalars: every node remembers where it was written, so that
 * problems found after merging variants and command-line overrides still point at the line that caused them.
 * Nodes are immutable; merging builds new trees.
 */
public sealed interface Tree permits Tree.MapNode, Tree.ListNode, Tree.Scalar {

    Location location();

    /** A short word for messages: "a map", "a list", "a number" ... */
    String describe();

    /** One key of a map with the location of the key itself. */
    record Entry(String key, Location keyLocation, Tree value) { }

    /** A mapping; keys keep their written order. */
    record MapNode(Location location, Map<String, Entry> entries) implements Tree {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public static MapNode empty(Location at) { return new MapNode(at, Map.of()); }

        public Tree get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public MapNode with(Entry e) {
            Map<String, Entry> m = new LinkedHashMap<>(entries);
            m.put(e.key(), e);
            return new MapNode(location, m);
        }

        public MapNode without(String key) {
            Map<String, Entry> m = new LinkedHashMap<>(entries);
            m.remove(key);
            return new MapNode(location, m);
        }

        @Override public String describe() { return "a map"; }
    }

    /** A sequence. */
    record ListNode(Location location, List<Tree> items) implements Tree {
        public ListNode {
            items = List.copyOf(items);
        }

        public ListNode with(int index, Tree item) {
            List<Tree> l = new ArrayList<>(items);
            l.set(index, item);
            return new ListNode(location, l);
        }

        @Override public String describe() { return "a list"; }
    }

    /**
     * A scalar as written.
     *
     * @param text  the scalar's text
     * @param plain true if written without quotes (so it may be a number, boolean or null)
     */
    record Scalar(Location location, String text, boolean plain) implements Tree {
        public boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equalsIgnoreCase("null"));
        }

        /** The value as YAML's core schema reads it: null, Boolean, Long, Double or String. */
        public Object value() {
            if (!plain) return text;
            if (isNull()) return null;
            Boolean b = asBoolean();
            if (b != null) return b;
            Long l = asLong();
            if (l != null) return l;
            Double d = asDouble();
            if (d != null) return d;
            return text;
        }

        public Boolean asBoolean() {
            if (!plain) return null;
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on" -> Boolean.TRUE;
                case "false", "no", "off" -> Boolean.FALSE;
                default -> null;
            };
        }

        public Long asLong() {
            if (!plain) return null;
            String t = text.replace("_", "");
            if (!t.matches("[-+]?[0-9]+")) return null;
            try {
                return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        public Double asDouble() {
            if (!plain) return null;
            String t = text.replace("_", "");
            switch (t.toLowerCase(java.util.Locale.ROOT)) {
                case ".inf", "+.inf": return Double.POSITIVE_INFINITY;
                case "-.inf": return Double.NEGATIVE_INFINITY;
                case ".nan": return Double.NaN;
                default: break;
            }
            if (!t.matches("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?")) return null;
            return Double.parseDouble(t);
        }

        @Override public String describe() {
            if (isNull()) return "null";
            if (asBoolean() != null) return "a boolean";
            if (asDouble() != null) return "a number";
            return "a string";
        }
    }
}
