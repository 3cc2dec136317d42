package no.samspill.core.governance;

/** Sequential relay, reciprocal team, or loose network (003B §1.1; MODEL.md §3). */
public enum HandoffStyle { RELAY, TEAM, NETWORK }
