package no.samspill.core.units;

/** What a professional hour is booked to (ODD §7.10). */
public enum Activity { DIRECT, ASSESSMENT, COORDINATION, MEETINGS, TRAVEL, REPORTING }
