package no.samspill.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A small property-based testing harness for fuzzing: generate inputs from a seeded random source, check a
 * property on each, and on the first failure shrink the input to a small one that still fails (delta debugging over
 * lines, then characters; over list elements, then each element) and report it with the seed and try number.
 *
 * <p>The seed is fixed so that CI is deterministic; explore other inputs with {@code -Dsamspill.fuzz.seed=N}
 * (any number, or "random"), and raise the tries with {@code -Dsamspill.fuzz.scale=10}.
 */
public final class Fuzz {
    private Fuzz() { }

    /** The property: returns null when it holds, else what went wrong. Must not throw for a holding input. */
    @FunctionalInterface
    public interface Property<T> {
        String violation(T input);
    }

    public static long seed(long fixed) {
        String s = System.getProperty("samspill.fuzz.seed");
        if (s == null || s.isBlank()) return fixed;
        return s.equals("random") ? System.nanoTime() : Long.parseLong(s.trim());
    }

    public static int tries(int base) {
        String s = System.getProperty("samspill.fuzz.scale");
        return s == null || s.isBlank() ? base : (int) Math.round(base * Double.parseDouble(s));
    }

    /**
     * Checks {@code property} on {@code tries} inputs from {@code generator}; throws an AssertionError with the
     * shrunk counterexample on the first failure. Exceptions thrown by the property count as failures.
     *
     * @return the number of inputs checked
     */
    public static <T> int check(String name, long seed, int tries, Function<SplittableRandom, T> generator,
                                Property<T> property, Function<T, List<T>> shrinkSteps) {
        SplittableRandom root = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            T input = generator.apply(root.split());
            String why = safely(property, input);
            if (why != null) {
                T small = shrink(input, x -> safely(property, x) != null, shrinkSteps);
                throw new AssertionError(name + ": property violated at try " + (i + 1) + " of " + tries + " (seed " + seed
                        + "; replay with -Dsamspill.fuzz.seed=" + seed + ")\n" + why + "\nshrunk input:\n" + show(small)
                        + "\nwith: " + safely(property, small) + "\noriginal input:\n" + show(input));
            }
        }
        return tries;
    }

    private static <T> String safely(Property<T> p, T input) {
        try {
            return p.violation(input);
        } catch (Throwable t) {
            java.io.StringWriter sw = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(sw));
            return "uncaught " + sw;
        }
    }

    private static String show(Object o) {
        if (o instanceof String s) return "<<<" + s + ">>>";
        if (o instanceof List<?> l) {
            StringBuilder sb = new StringBuilder();
            for (Object x : l) sb.append("  <<<").append(x).append(">>>\n");
            return sb.toString();
        }
        return String.valueOf(o);
    }

    /** Greedy: apply the first smaller candidate that still fails, until none does (at most 5,000 checks). */
    static <T> T shrink(T input, Predicate<T> fails, Function<T, List<T>> steps) {
        T current = input;
        int budget = 5_000;
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            for (T candidate : steps.apply(current)) {
                if (--budget <= 0) break;
                if (fails.test(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /** Shrink steps of a text: drop halves, quarters, … of its lines, then of its characters. */
    public static List<String> smallerTexts(String s) {
        List<String> out = new ArrayList<>();
        String[] lines = s.split("\n", -1);
        if (lines.length > 1) {
            for (int chunk = lines.length / 2; chunk >= 1; chunk /= 2) {
                for (int start = 0; start < lines.length; start += chunk) {
                    List<String> kept = new ArrayList<>();
                    for (int i = 0; i < lines.length; i++) if (i < start || i >= start + chunk) kept.add(lines[i]);
                    out.add(String.join("\n", kept));
                }
            }
        }
        for (int chunk = Math.max(1, s.length() / 2); chunk >= 1; chunk /= 2) {
            for (int start = 0; start < s.length(); start += chunk) {
                out.add(s.substring(0, start) + s.substring(Math.min(s.length(), start + chunk)));
            }
        }
        return out;
    }

    /** Shrink steps of a list of texts: drop an element, then shrink one element. */
    public static List<List<String>> smallerLists(List<String> l) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < l.size() && l.size() > 1; i++) {
            List<String> c = new ArrayList<>(l);
            c.remove(i);
            out.add(c);
        }
        for (int i = 0; i < l.size(); i++) {
            for (String smaller : smallerTexts(l.get(i))) {
                List<String> c = new ArrayList<>(l);
                c.set(i, smaller);
                out.add(c);
            }
        }
        return out;
    }

    // --------------------------------------------------------------------------------------- generator helpers

    public static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** A string of 0..maxLength characters drawn from {@code chars}. */
    public static String chars(SplittableRandom r, String chars, int maxLength) {
        int n = r.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append(chars.charAt(r.nextInt(chars.length())));
        return sb.toString();
    }

    /** Printable ASCII, 0..maxLength characters. */
    public static String printable(SplittableRandom r, int maxLength) {
        int n = r.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.append((char) (' ' + r.nextInt(95)));
        return sb.toString();
    }
}
