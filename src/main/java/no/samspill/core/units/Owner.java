package no.samspill.core.units;

/** Who owns a unit: the owner boundary is a sector/level boundary for hand-offs (003A §2.4). */
public enum Owner { MUNICIPALITY, HOSPITAL_TRUST, STATE }
