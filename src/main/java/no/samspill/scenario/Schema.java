package no.samspill.scenario;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samspill.core.config.CoordinatorSchemeConfig;
import no.samspill.core.config.DemandConfig;
import no.samspill.core.config.LinkConfig;
import no.samspill.core.config.Param;
import no.samspill.core.config.Scenario;
import no.samspill.core.config.TeamConfig;
import no.samspill.core.config.UnitConfig;

/**
 * The shape of a scenario file, read by reflection from the config classes in {@code no.samspill.core.config}: every
 * public field is a key, named by Jackson's {@link PropertyNamingStrategies#SNAKE_CASE} rule (warmupDays →
 * warmup_days, share67Plus → share67_plus). Shared by validation, merging, --set and the documentation generator.
 * Keys keep the order of {@link Class#getFields()}, which is declaration order on HotSpot/OpenJDK (the order of the
 * resolved tree and of docs/scenarios.md relies on it).
 */
public final class Schema {
    private Schema() { }

    private static final PropertyNamingStrategies.NamingBase NAMING =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    /**
     * Fields that a file must give. @Param has no "required" flag, so they are declared here; a field is required
     * when the model has no meaningful default for it (an id, a kind, the ends of a link, ...).
     */
    private static final Map<Class<?>, Set<String>> REQUIRED = Map.of(
            UnitConfig.class, Set.of("id", "kind"),
            LinkConfig.class, Set.of("from", "to"),
            TeamConfig.class, Set.of("unit"),
            CoordinatorSchemeConfig.class, Set.of("scheme"),
            DemandConfig.DirectArrivalConfig.class, Set.of("unit"));

    /** What a key holds. */
    public enum Kind {
        /** A string, number, boolean or enum. */
        SCALAR,
        /** A nested config object (a map with fixed keys). */
        SECTION,
        /** A list of config objects; keyed by {@code id} if the element type has an id field. */
        LIST,
        /** A map with free keys (enum names or strings) and scalar values. */
        MAP
    }

    /**
     * One key of a section.
     *
     * @param type      the field's class (for LIST: the element class; for MAP: the value class)
     * @param keyType   for MAP: the key class (an enum or String), else null
     */
    public record Prop(String key, Field field, Kind kind, Class<?> type, Class<?> keyType, Param param, boolean required) {
        public Object defaultOf(Object instance) {
            try {
                return field.get(instance);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A config class and its keys in declaration order. */
    public record Section(Class<?> type, Map<String, Prop> props) {
        public Prop prop(String key) { return props.get(key); }
        public List<String> keys() { return new ArrayList<>(props.keySet()); }

        /** True for lists of this section that merge item by item by their id. */
        public boolean keyed() { return props.containsKey("id"); }

        public Object newInstance() {
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("config class " + type.getName() + " needs a public no-arg constructor", e);
            }
        }
    }

    private static final Map<Class<?>, Section> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    public static Section root() { return of(Scenario.class); }

    public static Section of(Class<?> type) {
        return CACHE.computeIfAbsent(type, Schema::build);
    }

    /** The YAML key of a Java field name. */
    public static String key(String javaName) { return NAMING.translate(javaName); }

    public static boolean isSection(Class<?> c) {
        return !c.isEnum() && !c.isPrimitive() && c.getPackageName().equals(Scenario.class.getPackageName())
                && !c.isAnnotation();
    }

    private static Section build(Class<?> type) {
        Map<String, Prop> props = new LinkedHashMap<>();
        Set<String> required = REQUIRED.getOrDefault(type, Set.of());
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            Param p = f.getAnnotation(Param.class);
            Class<?> c = f.getType();
            Kind kind;
            Class<?> elem = c;
            Class<?> keyType = null;
            if (List.class.isAssignableFrom(c)) {
                kind = Kind.LIST;
                elem = typeArg(f, 0);
                if (!isSection(elem)) throw new IllegalStateException("unsupported list element in " + f);
            } else if (Map.class.isAssignableFrom(c)) {
                kind = Kind.MAP;
                keyType = typeArg(f, 0);
                elem = typeArg(f, 1);
            } else if (isSection(c)) {
                kind = Kind.SECTION;
            } else {
                kind = Kind.SCALAR;
            }
            props.put(key(f.getName()), new Prop(key(f.getName()), f, kind, elem, keyType, p, required.contains(f.getName())));
        }
        return new Section(type, Collections.unmodifiableMap(props));
    }

    private static Class<?> typeArg(Field f, int i) {
        Type t = f.getGenericType();
        if (t instanceof ParameterizedType pt && pt.getActualTypeArguments()[i] instanceof Class<?> c) return c;
        throw new IllegalStateException("raw or wildcard collection type in " + f);
    }

    /** A readable name of a scalar type, for messages and docs. */
    public static String typeName(Class<?> c) {
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) return "whole number";
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) return "number";
        if (c == boolean.class || c == Boolean.class) return "true/false";
        if (c.isEnum()) return "one of " + enumNames(c);
        if (c == Object.class) return "number or name";
        return "text";
    }

    public static List<String> enumNames(Class<?> c) {
        List<String> names = new ArrayList<>();
        for (Object o : c.getEnumConstants()) names.add(((Enum<?>) o).name());
        return names;
    }
}
