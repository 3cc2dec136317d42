package no.samspill.core.governance;

/** Sequential relay, reciprocal team, or loose network (003B §1.1; ODD §2.8). */
public enum HandoffStyle { RELAY, TEAM, NETWORK }
