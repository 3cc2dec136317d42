package no.samspill.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays one tree over another (a variant over the base). Maps merge deeply; lists of config objects that have an
 * {@code id} field (units, teams) merge item by item by id, a new id being appended; every other list, and every
 * scalar, is replaced wholesale by the overlay. Keys unknown to the schema are carried over unchanged so that the
 * validator can report them at the overlay's location.
 */
public final class TreeMerger {
    private TreeMerger() { }

    public static Tree.MapNode merge(Tree.MapNode base, Tree.MapNode overlay, List<Diagnostic> problems) {
        return mergeMap(base, overlay, Schema.root(), "", problems);
    }

    private static Tree.MapNode mergeMap(Tree.MapNode base, Tree.MapNode overlay, Schema.Section section, String path,
                                         List<Diagnostic> problems) {
        Map<String, Tree.Entry> out = new LinkedHashMap<>(base.entries());
        for (Tree.Entry o : overlay.entries().values()) {
            Tree.Entry b = out.get(o.key());
            String p = Paths.child(path, o.key());
            if (b == null) {
                out.put(o.key(), o);
                continue;
            }
            Schema.Prop prop = section == null ? null : section.prop(o.key());
            Tree merged = mergeValue(b.value(), o.value(), prop, p, problems);
            out.put(o.key(), new Tree.Entry(o.key(), o.keyLocation(), merged));
        }
        return new Tree.MapNode(base.location(), out);
    }

    private static Tree mergeValue(Tree base, Tree overlay, Schema.Prop prop, String path, List<Diagnostic> problems) {
        if (base instanceof Tree.MapNode bm && overlay instanceof Tree.MapNode om) {
            Schema.Section sub = prop != null && prop.kind() == Schema.Kind.SECTION ? Schema.of(prop.type()) : null;
            return mergeMap(bm, om, sub, path, problems);
        }
        if (base instanceof Tree.ListNode bl && overlay instanceof Tree.ListNode ol
                && prop != null && prop.kind() == Schema.Kind.LIST && Schema.of(prop.type()).keyed()) {
            return mergeById(bl, ol, Schema.of(prop.type()), path, problems);
        }
        return overlay;
    }

    private static Tree mergeById(Tree.ListNode base, Tree.ListNode overlay, Schema.Section item, String path,
                                  List<Diagnostic> problems) {
        List<Tree> out = new ArrayList<>(base.items());
        for (Tree o : overlay.items()) {
            String id = idOf(o);
            if (id == null) {
                problems.add(o.location().error(path, "an item that changes a list merged by id needs an 'id'",
                        "give the id of the base item to change, or a new id to add an item"));
                continue;
            }
            int at = indexOf(out, id);
            if (at < 0) {
                out.add(o);
            } else {
                out.set(at, mergeMap((Tree.MapNode) out.get(at), (Tree.MapNode) o, item, Paths.index(path, at), problems));
            }
        }
        return new Tree.ListNode(base.location(), out);
    }

    /** The id of a list item, or null if it is not a map with a scalar id. */
    static String idOf(Tree item) {
        if (item instanceof Tree.MapNode m && m.get("id") instanceof Tree.Scalar s && !s.isNull()) return s.text();
        return null;
    }

    static int indexOf(List<Tree> items, String id) {
        for (int i = 0; i < items.size(); i++) if (id.equals(idOf(items.get(i)))) return i;
        return -1;
    }
}
