package no.samspill.core.schedule;

import java.util.Arrays;
import sim.engine.Schedule;
import sim.util.Bag;
import sim.util.Heap;

/**
 * MASON's {@link Schedule} on a cache-friendly event queue, {@link EventHeap} (ODD §3.1): the same events in the same
 * order as MASON's own heap, at a cost per event that no longer grows with the number of pending events' memory.
 * (The queue is nested here because MASON's key type, {@code Schedule.Key}, is visible to subclasses of Schedule only.)
 */
public final class EventSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    @Override
    protected Heap createHeap() { return new EventHeap(); }

    /**
     * MASON's event queue with each entry's time, ordering and a handle to its event packed into two adjacent longs of
     * one array (ODD §3.1). MASON's {@link Heap} compares {@code Schedule.Key} objects through
     * {@code Comparable.compareTo}: every comparison follows two pointers to keys scattered over the heap, and with tens
     * of thousands of pending events (one per busy case slot) the sift-down of every extraction missed the processor
     * caches at every level, so the cost per event grew with the population. Here an entry is 16 bytes: the two children
     * compared at a level sit in one cache line, and moving an entry up a level writes one line. The events and their
     * keys stay in a slot table and are touched once when added and once when extracted.
     *
     * <p>The algorithm is MASON's own binary heap step for step (same sift-up on insertion, same sift-down on extraction,
     * same strict comparisons), so events with equal time and ordering leave the queue in exactly the order MASON's heap
     * gives them, and runs are identical to runs on MASON's heap (EventScheduleTest). Only the keys' time and ordering
     * are compared, as {@code Schedule.Key.compareTo} does; the handle never takes part in a comparison.
     */
    static final class EventHeap extends Heap {
        private static final long serialVersionUID = 1L;

        /** Entry k: {@code e[2k]} = raw bits of the time, {@code e[2k+1]} = ordering (high 32 bits) | handle (low 32). */
        private long[] e = new long[32];
        private int n;
        /** Slot table: handle h holds its event at {@code slots[2h]} and its key at {@code slots[2h+1]}. */
        private Object[] slots = new Object[32];
        private int[] free = new int[16];
        private int freeCount;
        private int nextHandle;

        private static long pack(int ordering, int handle) { return ((long) ordering << 32) | (handle & 0xffffffffL); }
        private static int ordering(long packed) { return (int) (packed >> 32); }
        private static int handle(long packed) { return (int) packed; }
        private double time(int k) { return Double.longBitsToDouble(e[2 * k]); }

        /** Entry a (0-based) comes before the key (t, o): earlier time, or the same time and a lower ordering. */
        private boolean lessThan(int a, double t, int o) {
            double ta = time(a);
            return ta == t ? ordering(e[2 * a + 1]) < o : ta < t;
        }

        /** Entry a comes before entry b. */
        private boolean less(int a, int b) {
            return lessThan(a, time(b), ordering(e[2 * b + 1]));
        }

        private int takeHandle(Object object, Comparable key) {
            int h;
            if (freeCount > 0) {
                h = free[--freeCount];
            } else {
                h = nextHandle++;
                if (2 * h + 1 >= slots.length) slots = Arrays.copyOf(slots, slots.length * 2);
            }
            slots[2 * h] = object;
            slots[2 * h + 1] = key;
            return h;
        }

        private void releaseHandle(int h) {
            slots[2 * h] = null;
            slots[2 * h + 1] = null;
            if (freeCount == free.length) free = Arrays.copyOf(free, free.length * 2);
            free[freeCount++] = h;
        }

        @Override
        public void add(Object object, Comparable key) {
            Key k = (Key) key;
            double t = k.getTime();
            int o = k.getOrdering();
            long packed = pack(o, takeHandle(object, key));
            int size = ++n;
            if (2 * size > e.length) e = Arrays.copyOf(e, e.length * 2);
            // Sift up (1-based i), moving parents down while the new key is strictly smaller.
            int i = size;
            while (i > 1) {
                int p = i / 2 - 1;
                if (!(t == time(p) ? o < ordering(e[2 * p + 1]) : t < time(p))) break;
                e[2 * (i - 1)] = e[2 * p];
                e[2 * (i - 1) + 1] = e[2 * p + 1];
                i /= 2;
            }
            e[2 * (i - 1)] = Double.doubleToRawLongBits(t);
            e[2 * (i - 1) + 1] = packed;
        }

        @Override
        public Comparable getMinKey() { return n == 0 ? null : (Comparable) slots[2 * handle(e[1]) + 1]; }

        @Override
        public Object getMin() { return n == 0 ? null : slots[2 * handle(e[1])]; }

        @Override
        public Object extractMin() {
            if (n == 0) return null;
            int rootHandle = handle(e[1]);
            Object result = slots[2 * rootHandle];
            releaseHandle(rootHandle);
            int last = n - 1;
            long tBits = e[2 * last];
            long packed = e[2 * last + 1];
            double t = Double.longBitsToDouble(tBits);
            int o = ordering(packed);
            n = last;
            if (n == 0) return result;
            // MASON moves the last element to the root and swaps it down level by level (heapify); here it is held
            // aside and the smaller child moves up into the hole: the same comparisons, the same final place.
            int size = n;
            int i = 1;
            if (size > 1) {
                while (true) {
                    int l = 2 * i, r = l + 1;
                    // The smallest of {element, left, right}; on ties the element stays, then the left child wins.
                    int smallest = l <= size && lessThan(l - 1, t, o) ? l : i;
                    if (r <= size && (smallest == i ? lessThan(r - 1, t, o) : less(r - 1, smallest - 1))) {
                        smallest = r;
                    }
                    if (smallest == i) break;
                    e[2 * (i - 1)] = e[2 * (smallest - 1)];
                    e[2 * (i - 1) + 1] = e[2 * (smallest - 1) + 1];
                    i = smallest;
                }
            }
            e[2 * (i - 1)] = tBits;
            e[2 * (i - 1) + 1] = packed;
            return result;
        }

        /** All events with the smallest key, in extraction order (as MASON's Heap.extractMin(Bag)). */
        @Override
        public Bag extractMin(Bag bag) {
            if (n == 0) return bag == null ? new Bag(0) : bag;
            if (bag == null) bag = new Bag();
            long tBits = e[0];
            int o = ordering(e[1]);
            double t = Double.longBitsToDouble(tBits);
            bag.add(extractMin());
            while (n > 0 && time(0) == t && ordering(e[1]) == o) bag.add(extractMin());
            return bag;
        }

        @Override
        public int size() { return n; }

        @Override
        public boolean isEmpty() { return n == 0; }

        @Override
        public void clear() {
            Arrays.fill(slots, null);
            n = 0;
            freeCount = 0;
            nextHandle = 0;
        }

        @Override
        public Comparable[] getKeys() {
            Comparable[] out = new Comparable[n];
            for (int k = 0; k < n; k++) out[k] = (Comparable) slots[2 * handle(e[2 * k + 1]) + 1];
            return out;
        }

        @Override
        public Object[] getObjects() {
            Object[] out = new Object[n];
            for (int k = 0; k < n; k++) out[k] = slots[2 * handle(e[2 * k + 1])];
            return out;
        }

        @Override
        public Heap merge(Heap other) {
            EventHeap out = new EventHeap();
            Comparable[] mine = getKeys();
            Object[] myObjs = getObjects();
            for (int i = 0; i < mine.length; i++) out.add(myObjs[i], mine[i]);
            Comparable[] ks = other.getKeys();
            Object[] os = other.getObjects();
            for (int i = 0; i < ks.length; i++) out.add(os[i], ks[i]);
            return out;
        }
    }
}
