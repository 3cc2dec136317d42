package no.samspill.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One command-line override {@code dotted.path=value}. The path names keys of the schema; list items are addressed
 * by id ({@code units.hospital.servers}) or by index ({@code units[0].servers}); map keys are written as keys
 * ({@code units.hospital.staff.NURSE}). The value is read as a YAML flow scalar or collection, so
 * {@code governance.mix={PA: 0.5, NPM: 0.5}} works. The value replaces whatever is at the path.
 */
public final class SetOverride {
    /**
     * A step of a path: a key (or list item id) or a list index; column is 1-based within the argument;
     * listItem is true if the step picks an item of a list.
     */
    record Step(String key, int index, int column, boolean listItem) {
        boolean isIndex() { return key == null; }

        @Override public String toString() { return isIndex() ? "[" + index + "]" : key; }
    }

    /** Diagnostics of an override name their source "--set #N 'argument'". */
    public static final String SOURCE_PREFIX = "--set #";

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]|(\\.)");

    private final String argument;
    private final String source;
    private final List<Step> steps;
    private final Tree value;

    private SetOverride(String argument, String source, List<Step> steps, Tree value) {
        this.argument = argument;
        this.source = source;
        this.steps = steps;
        this.value = value;
    }

    public String argument() { return argument; }

    /** The path as written, e.g. "units.hospital.servers". */
    public String path() {
        StringBuilder sb = new StringBuilder();
        for (Step s : steps) {
            if (!s.isIndex() && sb.length() > 0) sb.append('.');
            sb.append(s);
        }
        return sb.toString();
    }

    /**
     * Parses the {@code number}-th (1-based) override and checks its path against the schema.
     *
     * @return the override, or null after adding diagnostics
     */
    public static SetOverride parse(String argument, int number, List<Diagnostic> problems) {
        String source = SOURCE_PREFIX + number + " '" + argument + "'";
        int eq = argument.indexOf('=');
        if (eq < 0) {
            problems.add(new Diagnostic(source, 1, 1, "", "missing '=' in --set",
                    "write PATH=VALUE, e.g. --set run.years=2 or --set governance.preset=NPM"));
            return null;
        }
        String pathText = argument.substring(0, eq);
        List<Step> steps = steps(pathText, source, problems);
        if (steps == null) return null;
        steps = checkPath(steps, source, problems);
        if (steps == null) return null;
        String valueText = argument.substring(eq + 1);
        Location valueAt = new Location(source, 1, eq + 2);
        Tree value;
        if (valueText.isBlank()) {
            value = new Tree.Scalar(valueAt, "", true);
        } else {
            value = YamlTree.parse(valueText, source, eq + 1, problems);
            if (value == null) return null;
        }
        return new SetOverride(argument, source, steps, value);
    }

    private static List<Step> steps(String pathText, String source, List<Diagnostic> problems) {
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(pathText);
        int pos = 0;
        boolean needKey = true;
        while (pos < pathText.length()) {
            if (!m.find(pos) || m.start() != pos) break;
            if (m.group(3) != null) {
                if (needKey) break;
                needKey = true;
            } else if (m.group(2) != null) {
                if (needKey && !steps.isEmpty()) break;
                steps.add(new Step(null, Integer.parseInt(m.group(2)), pos + 1, false));
                needKey = false;
            } else {
                if (!needKey) break;
                steps.add(new Step(m.group(1).trim(), -1, pos + 1, false));
                needKey = false;
            }
            pos = m.end();
        }
        if (pos < pathText.length() || needKey || steps.isEmpty() || steps.get(0).isIndex()) {
            problems.add(new Diagnostic(source, 1, pos + 1, pathText, "malformed setting path '" + pathText + "'",
                    "write keys separated by dots; address list items by id or [index], e.g. units.hospital.servers or units[0].servers"));
            return null;
        }
        return steps;
    }

    /**
     * Walks the schema along the path; reports unknown keys with a did-you-mean.
     *
     * @return the steps, those that pick list items marked; null after a diagnostic
     */
    private static List<Step> checkPath(List<Step> steps, String source, List<Diagnostic> problems) {
        List<Step> checked = new ArrayList<>();
        Schema.Section section = Schema.root();
        Schema.Prop prop = null;      // the prop whose value we are in, null at a section
        boolean inListItem = false;   // prop is a LIST and we have not chosen an item yet
        String path = "";
        for (Step s : steps) {
            if (section != null) {
                if (s.isIndex()) return bad(source, s, path, "'" + path + "' is not a list", "", problems);
                prop = section.prop(s.key());
                if (prop == null) {
                    return bad(source, s, Paths.child(path, s.key()), "unknown key '" + s.key() + "'",
                            Suggest.hint(s.key(), section.keys(), "keys here"), problems);
                }
                path = Paths.child(path, s.key());
                section = prop.kind() == Schema.Kind.SECTION ? Schema.of(prop.type()) : null;
                inListItem = prop.kind() == Schema.Kind.LIST;
            } else if (inListItem) {
                if (!s.isIndex() && !Schema.of(prop.type()).keyed()) {
                    return bad(source, s, path, "items of '" + path + "' have no id; address them by index, e.g. "
                            + path + "[0]", "", problems);
                }
                path = s.isIndex() ? Paths.index(path, s.index()) : Paths.child(path, s.key());
                section = Schema.of(prop.type());
                inListItem = false;
                checked.add(new Step(s.key(), s.index(), s.column(), true));
                continue;
            } else if (prop.kind() == Schema.Kind.MAP && !s.isIndex()) {
                path = Paths.child(path, s.key());
                prop = new Schema.Prop(s.key(), null, Schema.Kind.SCALAR, prop.type(), null, prop.param(), false);
            } else {
                return bad(source, s, path, "'" + path + "' is a single value and has no '" + s + "'", "", problems);
            }
            checked.add(s);
        }
        return checked;
    }

    private static List<Step> bad(String source, Step s, String path, String msg, String hint, List<Diagnostic> problems) {
        problems.add(new Diagnostic(source, 1, s.column(), path, msg, hint));
        return null;
    }

    /**
     * Applies the override to a tree.
     *
     * @param label names the tree in messages ("variant 'npm'"), or empty
     * @return the new tree; the old one if an addressed list item does not exist (with a diagnostic)
     */
    public Tree.MapNode applyTo(Tree.MapNode tree, String label, List<Diagnostic> problems) {
        Tree out = apply(tree, 0, "", label, problems);
        return out instanceof Tree.MapNode m ? m : tree;
    }

    private Tree apply(Tree node, int i, String path, String label, List<Diagnostic> problems) {
        if (i == steps.size()) return value;
        Step s = steps.get(i);
        Location at = new Location(source, 1, s.column());
        if (s.listItem()) {
            Tree.ListNode list = node instanceof Tree.ListNode l ? l : new Tree.ListNode(at, List.of());
            int index = s.isIndex() ? s.index() : TreeMerger.indexOf(list.items(), s.key());
            if (index < 0 || index >= list.items().size()) {
                List<String> ids = new ArrayList<>();
                for (Tree t : list.items()) if (TreeMerger.idOf(t) != null) ids.add(TreeMerger.idOf(t));
                String what = s.isIndex() ? "no item [" + s.index() + "] (it has " + list.items().size() + ")"
                        : "no item with id '" + s.key() + "'";
                String hint = ids.isEmpty() ? (list.items().isEmpty() ? "the list is empty" : "")
                        : Suggest.hint(s.isIndex() ? "" : s.key(), ids, "ids");
                problems.add(at.error(path, "there is " + what + (label.isEmpty() ? "" : " in " + label), hint));
                return node;
            }
            String p = Paths.index(path, index);
            return list.with(index, apply(list.items().get(index), i + 1, p, label, problems));
        }
        Tree.MapNode map = node instanceof Tree.MapNode m ? m : Tree.MapNode.empty(at);
        Tree child = map.get(s.key());
        Tree updated = apply(child, i + 1, Paths.child(path, s.key()), label, problems);
        return map.with(new Tree.Entry(s.key(), at, updated));
    }

    @Override public String toString() { return argument; }
}
