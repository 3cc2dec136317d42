package no.samspill.gui;

/**
 * What the charts show for one day of a run: read once a day from the model (docs/ODD.md §4.11.5), never per event.
 *
 * @param day                    the day of the run (the warm-up included)
 * @param casesWaiting           work items in all unit queues now (the time series' {@code cases_waiting})
 * @param waitingForDischarge    hospital patients ready for discharge still in a bed now
 * @param handoffsPerEpisode     hand-offs in the last {@link DailyProbe#WINDOW} days per episode started in them
 * @param lossPerEpisode         of those, hand-offs that lost information, per episode started
 * @param measuredHandoffs       hand-offs of measured episodes since warm-up (as the time series counts them)
 * @param fragmentation          mean 1 − COC over users with enough contacts since warm-up (NaN before any)
 * @param involvement            mean involvement level 0–3 of decisions in the last {@link DailyProbe#WINDOW} days
 * @param hoursByActivity        hours booked per day by activity, mean of the last 28 days (index = Activity ordinal)
 * @param staffCostPerDay        contracted municipal staff hours per day, in NOK (used or idle)
 * @param dischargeCostPerDay    NOK 4,000 per patient waiting for discharge now
 */
public record DailySample(double day, int casesWaiting, int waitingForDischarge, double handoffsPerEpisode, double lossPerEpisode,
                          long measuredHandoffs, double fragmentation, double involvement, double[] hoursByActivity,
                          double staffCostPerDay, double dischargeCostPerDay) { }
