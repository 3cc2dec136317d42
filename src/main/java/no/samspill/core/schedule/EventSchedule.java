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
     * MASON's event queue with the keys' time and ordering held in primitive arrays (ODD §3.1). MASON's {@link Heap}
     * compares {@code Schedule.Key} objects through {@code Comparable.compareTo}: every comparison follows two pointers to
     * keys scattered over the heap, and with tens of thousands of pending events (one per busy case slot) the sift-down
     * of every extraction missed the processor caches at every level, so the cost per event grew with the population.
     * Here a comparison reads two adjacent array cells.
     *
     * <p>The algorithm is MASON's own binary heap step for step (same sift-up on insertion, same sift-down on extraction,
     * same strict comparisons), so events with equal time and ordering leave the queue in exactly the order MASON's heap
     * gives them, and runs are identical to runs on MASON's heap. Only the keys' time and ordering are read, as
     * {@code Schedule.Key.compareTo} does.
     */
    static final class EventHeap extends Heap {
        private static final long serialVersionUID = 1L;

        private double[] times = new double[16];
        private int[] orders = new int[16];
        private Object[] objs = new Object[16];
        private Comparable[] keyObjs = new Comparable[16];
        private int n;

        /** a before b: earlier time, or the same time and a lower ordering (Schedule.Key.compareTo < 0). */
        private boolean less(double ta, int oa, int b) {
            double tb = times[b];
            return ta == tb ? oa < orders[b] : ta < tb;
        }

        @Override
        public void add(Object object, Comparable key) {
            Key k = (Key) key;
            double t = k.getTime();
            int o = k.getOrdering();
            int size = ++n;
            if (size > times.length) {
                int cap = times.length * 2 + 1;
                times = Arrays.copyOf(times, cap);
                orders = Arrays.copyOf(orders, cap);
                objs = Arrays.copyOf(objs, cap);
                keyObjs = Arrays.copyOf(keyObjs, cap);
            }
            // Sift up (1-based i), moving parents down while the new key is strictly smaller.
            int i = size;
            while (i > 1) {
                int p = i / 2 - 1;
                if (!less(t, o, p)) break;
                times[i - 1] = times[p];
                orders[i - 1] = orders[p];
                objs[i - 1] = objs[p];
                keyObjs[i - 1] = keyObjs[p];
                i /= 2;
            }
            times[i - 1] = t;
            orders[i - 1] = o;
            objs[i - 1] = object;
            keyObjs[i - 1] = key;
        }

        @Override
        public Comparable getMinKey() { return n == 0 ? null : keyObjs[0]; }

        @Override
        public Object getMin() { return n == 0 ? null : objs[0]; }

        @Override
        public Object extractMin() {
            if (n == 0) return null;
            int last = n - 1;
            Object result = objs[0];
            double t = times[last];
            int o = orders[last];
            Object obj = objs[last];
            Comparable key = keyObjs[last];
            objs[last] = null;
            keyObjs[last] = null;
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
                    if (r <= size && (smallest == i ? lessThan(r - 1, t, o) : less(times[r - 1], orders[r - 1], smallest - 1))) {
                        smallest = r;
                    }
                    if (smallest == i) break;
                    times[i - 1] = times[smallest - 1];
                    orders[i - 1] = orders[smallest - 1];
                    objs[i - 1] = objs[smallest - 1];
                    keyObjs[i - 1] = keyObjs[smallest - 1];
                    i = smallest;
                }
            }
            times[i - 1] = t;
            orders[i - 1] = o;
            objs[i - 1] = obj;
            keyObjs[i - 1] = key;
            return result;
        }

        /** Entry a comes before the key (t, o). */
        private boolean lessThan(int a, double t, int o) {
            double ta = times[a];
            return ta == t ? orders[a] < o : ta < t;
        }

        /** All events with the smallest key, in extraction order (as MASON's Heap.extractMin(Bag)). */
        @Override
        public Bag extractMin(Bag bag) {
            if (n == 0) return bag == null ? new Bag(0) : bag;
            if (bag == null) bag = new Bag();
            double t = times[0];
            int o = orders[0];
            bag.add(extractMin());
            while (n > 0 && times[0] == t && orders[0] == o) bag.add(extractMin());
            return bag;
        }

        @Override
        public int size() { return n; }

        @Override
        public boolean isEmpty() { return n == 0; }

        @Override
        public void clear() {
            Arrays.fill(objs, 0, n, null);
            Arrays.fill(keyObjs, 0, n, null);
            n = 0;
        }

        @Override
        public Comparable[] getKeys() { return Arrays.copyOf(keyObjs, n); }

        @Override
        public Object[] getObjects() { return Arrays.copyOf(objs, n); }

        @Override
        public Heap merge(Heap other) {
            EventHeap out = new EventHeap();
            for (int i = 0; i < n; i++) out.add(objs[i], keyObjs[i]);
            Comparable[] ks = other.getKeys();
            Object[] os = other.getObjects();
            for (int i = 0; i < ks.length; i++) out.add(os[i], ks[i]);
            return out;
        }
    }
}
