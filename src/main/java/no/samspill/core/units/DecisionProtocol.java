package no.samspill.core.units;

/** How a team decides (003B §1.1, Ramsdal): relay hand-over between members, or independent assessment then consensus. */
public enum DecisionProtocol { RELAY, CONSENSUS }
