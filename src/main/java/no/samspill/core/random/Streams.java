package no.samspill.core.random;

import ec.util.MersenneTwisterFast;
import java.util.EnumMap;
import java.util.Map;

/**
 * Separate random-number streams per process, all derived from one run seed. Two variants run with the same seed
 * draw the same arrivals and user attributes whatever their rules do elsewhere: common random numbers.
 */
public final class Streams {

    /** One stream per process of ODD §7. */
    public enum Stream { DEMAND, USERS, DETECTION, ALLOCATION, DELIVERY, HANDOFF, HEALTH, LEARNING, ORGANISATION, MEETINGS, POPULATION, REHABILITATION }

    private final Map<Stream, MersenneTwisterFast> streams = new EnumMap<>(Stream.class);

    /** The run seed: counter-based draws (rosters, ODD §7.5) hash it with what they concern, using no stream. */
    public final long seed;

    public Streams(long seed) {
        this.seed = seed;
        for (Stream s : Stream.values()) {
            streams.put(s, new MersenneTwisterFast(mix(seed, s.ordinal() + 1)));
        }
    }

    public MersenneTwisterFast get(Stream s) { return streams.get(s); }

    /** SplitMix64 finaliser of (seed, index): well-separated 64-bit seeds for sub-streams. */
    public static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniform number in [0, 1) that depends only on its arguments: the same in every variant run with the seed. */
    public static double uniform(long key, long a, long b) {
        return (mix(mix(key, a), b) >>> 11) * 0x1.0p-53;
    }

    /** Exponential variate with the given mean. */
    public static double exponential(MersenneTwisterFast r, double mean) {
        return -mean * Math.log(1.0 - r.nextDouble());
    }

    /** Lognormal variate with the given mean and coefficient of variation. */
    public static double lognormal(MersenneTwisterFast r, double mean, double cv) {
        double s2 = Math.log(1 + cv * cv);
        double mu = Math.log(mean) - s2 / 2;
        return Math.exp(mu + Math.sqrt(s2) * r.nextGaussian());
    }

    /** Binomial variate by direct simulation (small n only). */
    public static int binomial(MersenneTwisterFast r, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) if (r.nextDouble() < p) k++;
        return k;
    }
}
