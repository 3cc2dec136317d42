package no.samspill.metrics;

/**
 * Per-unit results over the measured period (after warm-up).
 *
 * @param arrivals           cases that joined the unit's queue
 * @param completions        cases that left the unit
 * @param meanWaitDays       mean days in the queue before service start (over cases that started)
 * @param meanQueueLength    time-average number waiting
 * @param meanInSystem       time-average number waiting or in service (L of Little's law)
 * @param arrivalRatePerDay  arrivals per day (λ)
 * @param meanSojournDays    mean days from arrival to departure over departed cases (W)
 * @param utilisation        time-average of min(busy, capacity) / capacity: never above 1 (capacity = beds for wards,
 *                           case slots otherwise)
 * @param overflowMean       time-average number of cases held beyond capacity: corridor and outlying patients of a
 *                           hospital ward, short-term stays and home-care cases taken on beyond capacity (ODD §7.5)
 * @param hoursAvailable     the staff's available hours over the measured period (ODD §7.10)
 * @param hoursIdle          available hours no activity used, settled week by week
 * @param hoursOvertime      hours used beyond the available ones, week by week (overtime or temporary staff)
 */
public record UnitStats(String id, String kind, int servers, long arrivals, long completions, double meanWaitDays,
                        double meanQueueLength, double meanInSystem, double arrivalRatePerDay, double meanSojournDays,
                        double utilisation, double overflowMean, double hoursTotal, double hoursCoordination,
                        double hoursAvailable, double hoursIdle, double hoursOvertime) { }
