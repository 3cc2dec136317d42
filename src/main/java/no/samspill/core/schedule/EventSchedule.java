package no.samspill.core.schedule;

import java.util.Arrays;
import sim.engine.Schedule;
import sim.util.Bag;
import sim.util.Heap;

/**
 * MASON's {@link Schedule} on an event queue of our own, {@link EventHeap} (ODD §3.1): events due at the same time run
 * in increasing ordering, as in MASON, and events with equal time <em>and</em> ordering run in the order they were
 * scheduled (first in, first out). MASON takes such ties from its heap in an order that depends on the heap's shape —
 * and so on every other event pending anywhere — and then shuffles them with {@code SimState.random}: one event more or
 * less anywhere in the run (a reform's weekly capacity updates scheduled at the start) reordered ties on day 84 and
 * broke common random numbers path by path (ODD §10 #39). Here the order of a tie is the order in which the model
 * scheduled its events, which depends only on what happened before, so two variants that agree up to a moment run the
 * same events in the same order up to that moment. The queue hands MASON one event per extraction, so MASON never has a
 * tie to shuffle and never draws from {@code SimState.random} (its {@code setShuffling} is private).
 * (The queue is nested here because MASON's key type, {@code Schedule.Key}, is visible to subclasses of Schedule only.)
 */
public final class EventSchedule extends Schedule {
    private static final long serialVersionUID = 2L;

    /** Largest ordering the queue accepts: orderings share a long with a 40-bit sequence number (ODD §3.1). */
    public static final int MAX_ORDERING = (1 << 23) - 1;

    @Override
    protected Heap createHeap() { return new EventHeap(); }

    /**
     * A binary min-heap on (time, ordering, sequence number), the sequence number counting insertions, so that no two
     * entries tie and any correct heap gives the same order. An entry is three adjacent longs of one array (24 bytes):
     * the raw bits of its time, its ordering and sequence number packed as {@code ordering << 40 | seq} (both
     * non-negative, so one signed comparison orders them), and a handle to the event and its key in a slot table. The
     * two children compared at a level mostly sit in one cache line and a comparison never follows a pointer, so the cost
     * per event does not grow with the memory of the pending events (docs/benchmark.md).
     */
    static final class EventHeap extends Heap {
        private static final long serialVersionUID = 2L;
        private static final int W = 3;
        private static final long MAX_SEQ = (1L << 40) - 1;

        /** Entry k: {@code e[3k]} = raw bits of the time, {@code e[3k+1]} = ordering << 40 | seq, {@code e[3k+2]} = handle. */
        private long[] e = new long[W * 32];
        private int n;
        private long nextSeq;
        /** Slot table: handle h holds its event at {@code slots[2h]} and its key at {@code slots[2h+1]}. */
        private Object[] slots = new Object[32];
        private int[] free = new int[16];
        private int freeCount;
        private int nextHandle;

        private double time(int k) { return Double.longBitsToDouble(e[W * k]); }

        /** Entry a (0-based) comes before the key (t, rank): earlier time, or the same time and a lower rank. */
        private boolean lessThan(int a, double t, long rank) {
            double ta = time(a);
            return ta == t ? e[W * a + 1] < rank : ta < t;
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
            int o = k.getOrdering();
            if (o < 0 || o > MAX_ORDERING) {
                throw new IllegalArgumentException("event ordering " + o + " outside 0.." + MAX_ORDERING);
            }
            if (nextSeq > MAX_SEQ) throw new IllegalStateException("more than 2^40 events scheduled in one run");
            insert(k.getTime(), ((long) o << 40) | nextSeq++, takeHandle(object, key));
        }

        private void insert(double t, long rank, long handle) {
            if (W * (n + 1) > e.length) e = Arrays.copyOf(e, e.length * 2);
            // Sift up: parents move down into the hole while the new entry comes before them.
            int i = n++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (lessThan(p, t, rank)) break;   // ranks are unique: no two entries tie
                System.arraycopy(e, W * p, e, W * i, W);
                i = p;
            }
            e[W * i] = Double.doubleToRawLongBits(t);
            e[W * i + 1] = rank;
            e[W * i + 2] = handle;
        }

        @Override
        public Comparable getMinKey() { return n == 0 ? null : (Comparable) slots[2 * (int) e[2] + 1]; }

        @Override
        public Object getMin() { return n == 0 ? null : slots[2 * (int) e[2]]; }

        @Override
        public Object extractMin() {
            if (n == 0) return null;
            int rootHandle = (int) e[2];
            Object result = slots[2 * rootHandle];
            releaseHandle(rootHandle);
            int last = --n;
            if (n == 0) return result;
            long tBits = e[W * last];
            long rank = e[W * last + 1];
            long handle = e[W * last + 2];
            double t = Double.longBitsToDouble(tBits);
            // Sift down: the last entry is held aside and the smaller child moves up into the hole.
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= n) break;
                int r = c + 1;
                if (r < n && lessThan(r, time(c), e[W * c + 1])) c = r;
                if (!lessThan(c, t, rank)) break;
                System.arraycopy(e, W * c, e, W * i, W);
                i = c;
            }
            e[W * i] = tBits;
            e[W * i + 1] = rank;
            e[W * i + 2] = handle;
            return result;
        }

        /**
         * The next event alone (MASON's heap gives all events of the smallest key). MASON's {@code Schedule.step} keeps
         * extracting while the next event is due at the same time, so it still runs every event of that time in one step,
         * now in the queue's order, and with one event per extraction it never shuffles (ODD §3.1).
         */
        @Override
        public Bag extractMin(Bag bag) {
            if (bag == null) bag = new Bag();
            if (n > 0) bag.add(extractMin());
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
            nextSeq = 0;
            freeCount = 0;
            nextHandle = 0;
        }

        @Override
        public Comparable[] getKeys() {
            Comparable[] out = new Comparable[n];
            for (int k = 0; k < n; k++) out[k] = (Comparable) slots[2 * (int) e[W * k + 2] + 1];
            return out;
        }

        @Override
        public Object[] getObjects() {
            Object[] out = new Object[n];
            for (int k = 0; k < n; k++) out[k] = slots[2 * (int) e[W * k + 2]];
            return out;
        }

        /** This queue's events in their order, then the other queue's (in its order where it is an EventHeap); on ties this queue's first. */
        @Override
        public Heap merge(Heap other) {
            EventHeap out = new EventHeap();
            EventHeap copy = copy();
            while (!copy.isEmpty()) {
                Comparable k = copy.getMinKey();
                out.add(copy.extractMin(), k);
            }
            if (other instanceof EventHeap h) {
                EventHeap theirs = h.copy();
                while (!theirs.isEmpty()) {
                    Comparable k = theirs.getMinKey();
                    out.add(theirs.extractMin(), k);
                }
            } else {
                Comparable[] ks = other.getKeys();
                Object[] os = other.getObjects();
                for (int i = 0; i < ks.length; i++) out.add(os[i], ks[i]);
            }
            return out;
        }

        private EventHeap copy() {
            EventHeap c = new EventHeap();
            c.e = e.clone();
            c.n = n;
            c.nextSeq = nextSeq;
            c.slots = slots.clone();
            c.free = free.clone();
            c.freeCount = freeCount;
            c.nextHandle = nextHandle;
            return c;
        }
    }
}
