package no.samspill.core.process;

import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.OfficeCase;
import no.samspill.core.units.Professional;
import no.samspill.core.units.ServiceUnit;

/**
 * What detection and delivery need of the pathway logic (implemented by {@link Allocation}): the narrow interface
 * through which work comes back to be referred, assessed and moved on. It keeps the process classes free of cycles:
 * Allocation uses Delivery and Detection, they know only this interface (docs/ODD.md §3.7).
 */
public interface Pathway {
    /** A need (or the next needs of an episode) is referred by {@code from} (null: the user or relatives). */
    void refer(Episode ep, ServiceUnit from, Professional referrer);

    /** The purchaser office has assessed a case (its service at the office ended). */
    void officeCaseAssessed(OfficeCase c, ServiceUnit office, Professional caseWorker);

    /** A service ended: continue the pathway, or end the episode. */
    void needFinished(Episode ep, Need done, ServiceUnit unit, Professional prof);
}
