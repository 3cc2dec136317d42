package no.samspill.core.agents;

import java.util.Arrays;

/** A set of ints for the few distinct ids an episode touches (units, professionals): a linear scan beats hashing here. */
public final class SmallIntSet {
    private int[] values = new int[4];
    private int size;

    /** Adds {@code v} if absent. */
    public void add(int v) {
        for (int i = 0; i < size; i++) if (values[i] == v) return;
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = v;
    }

    public int size() { return size; }

    /** The values, in the order they were added (a copy). */
    public int[] toArray() { return Arrays.copyOf(values, size); }
}
