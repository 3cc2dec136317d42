package no.samspill.scenario;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.config.Param;
import no.samspill.core.config.Scenario;

/**
 * Binds a located tree to the typed config classes, checking every key against the {@link Schema}: unknown keys
 * (with a did-you-mean), wrong types, unknown enum values, values outside the @Param range, and missing required
 * keys. It collects every problem instead of stopping at the first, and remembers where each setting was written
 * so that later cross-checks can point at it.
 */
final class Binder {
    /** A bound scenario and the location of every setting, by path ("units[1].id"). */
    record Bound(Scenario scenario, Map<String, Location> where) { }

    private static final Object INVALID = new Object();

    private final List<Diagnostic> problems;
    private final Set<String> extraRootKeys;
    private final Map<String, Location> where = new HashMap<>();

    /**
     * @param extraRootKeys keys valid at the top of a file besides the Scenario fields (handled and removed by the
     *                      loader, e.g. "variants"), offered in did-you-mean hints
     */
    Binder(List<Diagnostic> problems, Set<String> extraRootKeys) {
        this.problems = problems;
        this.extraRootKeys = extraRootKeys;
    }

    Bound bind(Tree.MapNode root) {
        Scenario s = (Scenario) bindSection(Schema.root(), root, "");
        return new Bound(s, where);
    }

    private Object bindSection(Schema.Section section, Tree.MapNode node, String path) {
        Object target = section.newInstance();
        where.put(path, node.location());
        for (Tree.Entry e : node.entries().values()) {
            String p = Paths.child(path, e.key());
            Schema.Prop prop = section.prop(e.key());
            if (prop == null) {
                List<String> valid = section.keys();
                if (path.isEmpty()) valid.addAll(extraRootKeys);
                problems.add(e.keyLocation().error(p, "unknown key '" + e.key() + "'", Suggest.hint(e.key(), valid, "keys here")));
                continue;
            }
            if (e.value() == null) {
                // e.g. --set 'teams.:=' leaves a key with nothing under it
                problems.add(e.keyLocation().error(p, "no value given for '" + e.key() + "'", prop.param() == null ? "" : prop.param().doc()));
                continue;
            }
            where.put(p, e.value().location());
            Object value = bindValue(prop, prop.defaultOf(target), e.value(), p);
            if (value != INVALID) set(prop.field(), target, value);
        }
        for (Schema.Prop prop : section.props().values()) {
            Tree given = node.get(prop.key());
            boolean absent = given == null || given instanceof Tree.Scalar s && s.isNull();
            if (prop.required() && absent) {
                problems.add(node.location().error(Paths.child(path, prop.key()), "missing required key '" + prop.key() + "'",
                        prop.param() == null ? "" : prop.param().doc()));
            }
        }
        return target;
    }

    private Object bindValue(Schema.Prop prop, Object dflt, Tree node, String path) {
        if (node instanceof Tree.Scalar s && s.isNull()) {
            if (dflt == null) return null;
            if (prop.kind() != Schema.Kind.SCALAR) return INVALID; // empty section, list or map: keep the defaults
            problems.add(s.location().error(path, "'" + prop.key() + "' must have a value",
                    "give a " + Schema.typeName(prop.type()) + ", or omit the key to use the default (" + dflt + ")"));
            return INVALID;
        }
        switch (prop.kind()) {
            case SCALAR:
                return scalar(prop.type(), prop.param(), node, path);
            case SECTION:
                if (!(node instanceof Tree.MapNode m)) return wrongShape(node, path, "a map of settings");
                return bindSection(Schema.of(prop.type()), m, path);
            case LIST:
                if (!(node instanceof Tree.ListNode l)) return wrongShape(node, path, "a list (items starting with '- ')");
                List<Object> items = new ArrayList<>();
                Schema.Section item = Schema.of(prop.type());
                for (int i = 0; i < l.items().size(); i++) {
                    Tree t = l.items().get(i);
                    String ip = Paths.index(path, i);
                    if (t instanceof Tree.MapNode m) items.add(bindSection(item, m, ip));
                    else wrongShape(t, ip, "a map of settings");
                }
                return items;
            case MAP:
                if (!(node instanceof Tree.MapNode m)) return wrongShape(node, path, "a map of key: value pairs");
                return bindMap(prop, m, path);
            default:
                throw new IllegalStateException();
        }
    }

    private Object wrongShape(Tree node, String path, String expected) {
        problems.add(node.location().error(path, "expected " + expected + ", got " + node.describe(), ""));
        return INVALID;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object bindMap(Schema.Prop prop, Tree.MapNode node, String path) {
        Class<?> kt = prop.keyType();
        Map<Object, Object> out = kt.isEnum() ? new EnumMap(kt) : new LinkedHashMap<>();
        Map<Object, Location> seen = new HashMap<>();
        for (Tree.Entry e : node.entries().values()) {
            String p = Paths.child(path, e.key());
            Object key = e.key();
            if (kt.isEnum()) {
                key = enumValue(kt, e.key());
                if (key == null) {
                    problems.add(e.keyLocation().error(p, "unknown " + kt.getSimpleName() + " '" + e.key() + "'", enumHint(kt, e.key())));
                    continue;
                }
                Location first = seen.put(key, e.keyLocation());
                if (first != null) {
                    problems.add(e.keyLocation().error(p, "'" + key + "' is given twice", "first given at " + first.describe()));
                    continue;
                }
            }
            where.put(Paths.child(path, String.valueOf(key)), e.value().location());
            Object v = scalar(prop.type(), prop.param(), e.value(), p);
            if (v != INVALID) out.put(key, v);
        }
        return out;
    }

    /** Converts a scalar node to {@code type}, checking the @Param range; INVALID (with a diagnostic) on failure. */
    private Object scalar(Class<?> type, Param param, Tree node, String path) {
        if (!(node instanceof Tree.Scalar s)) {
            problems.add(node.location().error(path, "expected " + article(Schema.typeName(type)) + ", got " + node.describe(), ""));
            return INVALID;
        }
        if (s.isNull()) {
            problems.add(s.location().error(path, "expected " + article(Schema.typeName(type)) + ", got nothing", ""));
            return INVALID;
        }
        Object v;
        if (type == String.class) {
            v = s.text();
        } else if (type == int.class || type == Integer.class) {
            Long l = s.asLong();
            Double d = s.asDouble();
            if (l == null && d != null && d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) l = d.longValue(); // 2e4
            if (l == null || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) return typeError(s, path, "a whole number");
            v = l.intValue();
        } else if (type == double.class || type == Double.class) {
            Double d = s.asDouble();
            if (d == null) return typeError(s, path, "a number");
            v = d;
        } else if (type == boolean.class || type == Boolean.class) {
            Boolean b = s.asBoolean();
            if (b == null) return typeError(s, path, "true or false");
            v = b;
        } else if (type.isEnum()) {
            v = enumValue(type, s.text());
            if (v == null) {
                problems.add(s.location().error(path, "unknown value '" + s.text() + "' for " + type.getSimpleName(), enumHint(type, s.text())));
                return INVALID;
            }
        } else if (type == Object.class) {
            v = s.value();
            if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) v = l.intValue();
        } else {
            throw new IllegalStateException("unsupported setting type " + type);
        }
        if (v instanceof Number n && param != null && !(type == Object.class)) {
            double d = n.doubleValue();
            if (!(d >= param.min() && d <= param.max())) {
                String unit = param.unit().isEmpty() ? "" : " (" + param.unit() + ")";
                problems.add(s.location().error(path, "value " + s.text() + " is out of range",
                        "valid range: " + Fmt.range(param) + unit));
                return INVALID;
            }
        }
        return v;
    }

    private Object typeError(Tree.Scalar s, String path, String expected) {
        String got = s.plain() ? s.describe() + " '" + s.text() + "'" : "a quoted string \"" + s.text() + "\"";
        boolean quotedNumber = !s.plain() && new Tree.Scalar(s.location(), s.text(), true).asDouble() != null;
        String hint = quotedNumber ? "remove the quotes to write a number" : "";
        if (expected.equals("a whole number") && s.asDouble() != null) {
            hint = "this setting counts whole units, e.g. " + Math.round(s.asDouble());
        }
        problems.add(s.location().error(path, "expected " + expected + ", got " + got, hint));
        return INVALID;
    }

    static Object enumValue(Class<?> type, String text) {
        String t = text.trim();
        for (Object o : type.getEnumConstants()) {
            if (((Enum<?>) o).name().equalsIgnoreCase(t)) return o;
        }
        return null;
    }

    static String enumHint(Class<?> type, String given) {
        Collection<String> names = Schema.enumNames(type);
        String close = Suggest.closest(given, names);
        return (close != null ? "did you mean '" + close + "'? " : "") + "valid values: " + String.join(", ", names);
    }

    private static String article(String s) {
        if (s.startsWith("one of") || s.startsWith("true")) return s;
        return ("aeiou".indexOf(Character.toLowerCase(s.charAt(0))) >= 0 ? "an " : "a ") + s;
    }

    private static void set(Field f, Object target, Object value) {
        try {
            f.set(target, value);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot set " + f + " to " + value, e);
        }
    }
}
