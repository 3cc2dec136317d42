package no.samspill.core.units;

/** What a professional hour is booked to (MODEL.md §4.10). */
public enum Activity { DIRECT, ASSESSMENT, COORDINATION, MEETINGS, TRAVEL, REPORTING }
