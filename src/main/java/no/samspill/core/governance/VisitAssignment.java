package no.samspill.core.governance;

/**
 * The rule by which a unit gives a day's visits to its staff on shift (ODD §7.5, rostering and assignment). Which rule a
 * unit follows is governance; who actually comes follows from the roster: part-time posts, weekend rotation, holidays,
 * sickness absence, turnover and the size of the group that shares the routes.
 */
public enum VisitAssignment {
    /**
     * Continuity first: the user's primary contact (primærkontakt) makes the visit when on shift; otherwise the first
     * on shift of the user's small known group (secondary contacts); only then anyone on shift in the roster group.
     */
    CONTINUITY_FIRST,
    /**
     * Time-slot and route efficiency: visits are laid out as routes over the staff on shift (the route planner of
     * 003B, digest 003_partB.md L297, seed L6055–6082) and go to whoever the route puts there, whatever who the
     * primary contact is.
     */
    ROUTE_EFFICIENCY
}
