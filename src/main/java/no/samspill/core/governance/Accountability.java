package no.samspill.core.governance;

/** Vertical (a clear owner per case) or horizontal (shared: the risk that nobody owns the case), 003A §4.3. */
public enum Accountability { VERTICAL, HORIZONTAL }
