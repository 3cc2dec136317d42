package no.samspill.scenario;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML text into a located {@link Tree} with SnakeYAML's composer (which keeps node marks), and converts plain
 * Java maps/lists/scalars into trees. Syntax errors, duplicate keys and non-scalar keys become diagnostics.
 */
public final class YamlTree {
    private YamlTree() { }

    /** End of the last token SnakeYAML's scanner reads from {@code text} before it fails; null if it reads none. */
    static Mark lastTokenEnd(String text) {
        Mark last = null;
        try {
            org.yaml.snakeyaml.scanner.ScannerImpl scanner = new org.yaml.snakeyaml.scanner.ScannerImpl(
                    new org.yaml.snakeyaml.reader.StreamReader(new java.io.StringReader(text)), loaderOptions());
            while (!scanner.checkToken(org.yaml.snakeyaml.tokens.Token.ID.StreamEnd)) last = scanner.getToken().getEndMark();
        } catch (YAMLException e) {
            // expected: the scan stops where the parse did
        }
        return last;
    }

    /**
     * Parses YAML text.
     *
     * @param text       the YAML
     * @param source     name used in locations (file path or "--set #N …")
     * @param columnBase added to the columns of line 1 (for text embedded in a longer string, as in --set)
     * @param problems   receives syntax problems
     * @return the tree, an empty map for an empty document, or null after a syntax error
     */
    public static Tree parse(String text, String source, int columnBase, List<Diagnostic> problems) {
        Node root;
        try {
            root = new Yaml(loaderOptions()).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String msg = "YAML syntax error: " + (e.getProblem() == null ? "invalid YAML" : e.getProblem())
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : "");
            problems.add(new Diagnostic(source, m == null ? 0 : m.getLine() + 1,
                    m == null ? 0 : column(m.getLine(), m.getColumn(), columnBase), "", msg,
                    "check indentation, colons after keys and matching brackets/quotes"));
            return null;
        } catch (YAMLException e) {
            // a few of SnakeYAML's scanner errors carry no mark: locate them after the last token it could read
            Mark m = lastTokenEnd(text);
            problems.add(new Diagnostic(source, m == null ? 1 : m.getLine() + 1,
                    m == null ? 1 : column(m.getLine(), m.getColumn(), columnBase), "",
                    "YAML syntax error: " + e.getMessage() + " (just after this point)",
                    "check indentation, colons after keys and matching brackets/quotes"));
            return null;
        }
        if (root == null) return Tree.MapNode.empty(new Location(source, 1, 1 + columnBase));
        Converter c = new Converter(source, columnBase, problems);
        try {
            return c.convert(root);
        } catch (TooLarge e) {
            problems.add(e.at.error("", String.format(java.util.Locale.ROOT,
                    "YAML aliases expand to more than %,d values (an alias bomb?); the expansion passed this limit at the "
                            + "anchor defined here", MAX_EXPANDED_NODES),
                    "use an anchor a reasonable number of times; ordinary files expand to a few thousand values"));
            return null;
        }
    }

    /**
     * The most values (scalars, lists and maps, counting every alias at its full expanded size) a document may
     * expand to. SnakeYAML's own guard counts alias uses (at most 50 by default), which refuses an ordinary file
     * with 60 units built by {@code <<: *defaults}, and reports no line; what makes an alias bomb dangerous is the
     * expanded size, so that is what is limited here. A bundled scenario expands to about 1,000 values; a file with
     * 1,000 merged units to about 20,000; "billion laughs" (ten lines) to 10^9, refused after the first million.
     */
    public static final int MAX_EXPANDED_NODES = 1_000_000;

    static LoaderOptions loaderOptions() {
        LoaderOptions o = new LoaderOptions();
        // alias uses are not limited by count: the expanded size is (MAX_EXPANDED_NODES); composing is linear in
        // the text, whose size SnakeYAML still limits (3 MB by default), as it does the nesting depth
        o.setMaxAliasesForCollections(Integer.MAX_VALUE);
        return o;
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Location at;

        TooLarge(Location at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private static int column(int line0, int col0, int columnBase) {
        return col0 + 1 + (line0 == 0 ? columnBase : 0);
    }

    private static final class Converter {
        private final String source;
        private final int columnBase;
        private final List<Diagnostic> problems;
        private final Map<Node, Boolean> onStack = new IdentityHashMap<>();
        private long expanded;

        Converter(String source, int columnBase, List<Diagnostic> problems) {
            this.source = source;
            this.columnBase = columnBase;
            this.problems = problems;
        }

        Location at(Node n) {
            Mark m = n.getStartMark();
            return m == null ? Location.unknown(source) : new Location(source, m.getLine() + 1, column(m.getLine(), m.getColumn(), columnBase));
        }

        Tree convert(Node n) {
            if (++expanded > MAX_EXPANDED_NODES) throw new TooLarge(at(n));
            if (onStack.containsKey(n)) {
                problems.add(at(n).error("", "recursive YAML alias", "aliases must not refer to an enclosing node"));
                return new Tree.Scalar(at(n), "", true);
            }
            onStack.put(n, Boolean.TRUE);
            try {
                if (n instanceof ScalarNode s) {
                    return new Tree.Scalar(at(n), s.getValue(), s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN);
                }
                if (n instanceof SequenceNode seq) {
                    List<Tree> items = new ArrayList<>();
                    for (Node item : seq.getValue()) items.add(convert(item));
                    return new Tree.ListNode(at(n), items);
                }
                return convertMap((MappingNode) n);
            } finally {
                onStack.remove(n);
            }
        }

        private Tree convertMap(MappingNode map) {
            Map<String, Tree.Entry> entries = new LinkedHashMap<>();
            List<Tree.MapNode> merged = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                if (k.getTag().equals(Tag.MERGE)) {
                    collectMerge(convert(t.getValueNode()), merged);
                    continue;
                }
                if (!(k instanceof ScalarNode ks)) {
                    problems.add(at(k).error("", "a key must be a plain name, not a map or list", ""));
                    continue;
                }
                String key = ks.getValue();
                Tree.Entry previous = entries.get(key);
                if (previous != null) {
                    problems.add(at(k).error(key, "duplicate key '" + key + "'",
                            "first given at " + previous.keyLocation().describe() + "; a key may appear once per map"));
                    continue;
                }
                entries.put(key, new Tree.Entry(key, at(k), convert(t.getValueNode())));
            }
            // YAML merge keys (<<: *anchor): explicit keys win over merged ones
            for (Tree.MapNode m : merged) {
                for (Tree.Entry e : m.entries().values()) entries.putIfAbsent(e.key(), e);
            }
            return new Tree.MapNode(at(map), entries);
        }

        private void collectMerge(Tree value, List<Tree.MapNode> out) {
            if (value instanceof Tree.MapNode m) {
                out.add(m);
            } else if (value instanceof Tree.ListNode l) {
                for (Tree item : l.items()) collectMerge(item, out);
            } else {
                problems.add(value.location().error("<<", "a YAML merge key needs a map or a list of maps", ""));
            }
        }
    }

    /** Converts plain Java values (maps, lists, strings, numbers, booleans, enums, null) into a tree. */
    public static Tree fromPlain(Object value, Location at) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Tree.Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                entries.put(key, new Tree.Entry(key, at, fromPlain(e.getValue(), at)));
            }
            return new Tree.MapNode(at, entries);
        }
        if (value instanceof List<?> l) {
            List<Tree> items = new ArrayList<>();
            for (Object o : l) items.add(fromPlain(o, at));
            return new Tree.ListNode(at, items);
        }
        if (value == null) return new Tree.Scalar(at, "null", true);
        if (value instanceof Double d) {
            String t = d.isNaN() ? ".nan" : d.isInfinite() ? (d > 0 ? ".inf" : "-.inf") : d.toString();
            return new Tree.Scalar(at, t, true);
        }
        if (value instanceof Float f) return fromPlain(f.doubleValue(), at);
        if (value instanceof Number || value instanceof Boolean) return new Tree.Scalar(at, value.toString(), true);
        if (value instanceof Enum<?> e) return new Tree.Scalar(at, e.name(), true);
        return new Tree.Scalar(at, value.toString(), false);
    }
}
