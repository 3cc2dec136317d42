package no.samspill.metrics;

/** Per-episode results, for users who want to recompute or stratify (one row per episode that started after warm-up). */
public record EpisodeStats(int episode, int user, String type, String complexity, boolean lowResource, double startDay,
                           double endDay, int handoffs, int infoLoss, int repeatedStory, int duplicatedAssessments,
                           int distinctProfessionals, int distinctUnits, int pingPong, double gapDays,
                           double waitToAssessment, double waitToStart, double delayedDischargeDays, double involvementMean,
                           boolean readmitted30d, double functionalChange, double unmetNeedDays) { }
