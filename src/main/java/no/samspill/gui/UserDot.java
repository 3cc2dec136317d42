package no.samspill.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.samspill.core.agents.Coordinator;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.User;

/**
 * A user with an open episode, as a dot in the network view: at the queue or service of a unit, in hospital, or
 * between services. The getters are what MASON's inspector shows: the pathway so far (from the event stream), the
 * plan, coordinators, waits and involvement (docs/ODD.md §2.1, §2.2).
 */
public final class UserDot {
    /** Where a dot is drawn. */
    public enum Place { QUEUE, SERVICE, BETWEEN }

    final User user;
    final Episode episode;
    final Place place;
    /** Days the user has waited in the current place (0 in service). */
    final double waitingDays;
    private final transient DailyProbe probe;

    UserDot(User user, Episode episode, Place place, double waitingDays, DailyProbe probe) {
        this.user = user;
        this.episode = episode;
        this.place = place;
        this.waitingDays = waitingDays;
        this.probe = probe;
    }

    public int getUser() { return user.id; }
    public int getEpisode() { return episode.id; }
    public String getEpisodeType() { return episode.type + " (" + episode.complexity + ")"; }
    public String getPlace() { return place.name().toLowerCase(Locale.ROOT); }
    public double getWaitingDays() { return waitingDays; }
    public String desWaitingDays() { return "Days waiting in the current queue, or since the need was noticed when between services."; }
    public double getFunctionalLevel() { return user.functional; }

    /** The episode's needs: service, state, unit. */
    public String[] getPlan() {
        List<String> out = new ArrayList<>();
        for (Need n : episode.needs) out.add(String.format(Locale.ROOT, "%s: %s%s (stage %d)", n.service,
                n.state(), n.unit == null ? "" : " at " + n.unit.id, n.stage));
        if (episode.hasPlan) out.add("individual plan");
        if (episode.teamPlan) out.add("shared plan (meeting)");
        return out.toArray(String[]::new);
    }
    public String desPlan() { return "The needs of the current episode, where each is in its pathway, and whether a plan exists."; }

    public String[] getCoordinators() {
        List<String> out = new ArrayList<>();
        for (Coordinator c : episode.coordinators) out.add(c.scheme + " at " + c.holder.unit.id);
        return out.toArray(String[]::new);
    }

    public String[] getPathway() {
        DailyProbe.UserTrack t = probe == null ? null : probe.trackOf(user);
        if (t == null) return new String[0];
        List<String> out = new ArrayList<>(t.steps);
        if (t.dropped > 0) out.add(0, "(" + t.dropped + " earlier steps not shown)");
        return out.toArray(String[]::new);
    }
    public String desPathway() { return "What happened to the user so far in this run, from the model's event stream."; }

    public double getMeanQueueDays() {
        DailyProbe.UserTrack t = probe == null ? null : probe.trackOf(user);
        return t == null || t.waits == 0 ? 0 : t.waitDays / t.waits;
    }
    public String desMeanQueueDays() { return "Mean days in a queue before each service this user started."; }

    /** Involvement level 0–3 of the latest decision (NaN before any). */
    public double getInvolvement() {
        DailyProbe.UserTrack t = probe == null ? null : probe.trackOf(user);
        return t == null ? Double.NaN : t.lastLevel;
    }
    public String desInvolvement() { return "Involvement in the latest decision: 0 user perspective only, 1 participation, 2 influence, 3 control (ODD §7.11)."; }

    public int getDistinctUnits() { return episode.distinctUnits(); }
    public String desDistinctUnits() { return "Units involved in the episode so far: the size of the dot."; }
    public int getDistinctProfessionals() { return user.distinctProfessionals(); }
    public int getContacts() { return user.contacts(); }

    @Override
    public String toString() { return "user " + user.id; }
}
