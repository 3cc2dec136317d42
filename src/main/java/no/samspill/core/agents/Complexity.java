package no.samspill.core.agents;

/** Complexity of a user's needs (003A §2.1): routine, complex, wicked. */
public enum Complexity {
    ROUTINE(1), COMPLEX(2), WICKED(3);
    /** Number of distinct service needs typically present, before sampling. */
    public final int weight;
    Complexity(int weight) { this.weight = weight; }
}
