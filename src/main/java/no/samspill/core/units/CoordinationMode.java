package no.samspill.core.units;

/** Loose collaboration (samarbejde) vs formal coordination (samordning), Danish workbook 002 (digest B3.7). */
public enum CoordinationMode { LOOSE_COLLABORATION, FORMAL_COORDINATION }
