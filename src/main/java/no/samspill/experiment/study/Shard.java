package no.samspill.experiment.study;

/**
 * A deterministic slice of an experiment's runs: shard i of N holds the runs whose {@code (run_id − 1) mod N = i − 1},
 * which spreads every point's runs and the slow and fast regions of the design evenly over the shards.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException("shard must be i/N with 1 <= i <= N, got " + index + "/" + count);
    }

    /** Parses "i/N". */
    public static Shard parse(String s) {
        String[] p = s.trim().split("/");
        if (p.length != 2) throw new IllegalArgumentException("expected i/N (e.g. 2/8), got '" + s + "'");
        try {
            return new Shard(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected i/N with whole numbers (e.g. 2/8), got '" + s + "'");
        }
    }

    public boolean isAll() { return count == 1; }

    public boolean contains(int runId) { return (runId - 1) % count == index - 1; }

    @Override public String toString() { return index + "/" + count; }
}
