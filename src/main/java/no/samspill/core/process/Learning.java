package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.List;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;
import no.samspill.core.units.Professional;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Link;
import no.samspill.core.units.ServiceUnit;

/**
 * Process 8, learning and trust (ODD §7.8). Knowledge of other units and trust grow with cross-boundary contact:
 * hand-offs (one way under relay, mutual face to face or in teams: Sør vs Nord, 003A §4.5), joint meetings,
 * job shadowing (hospitering, 003A §3.7) and forums, whose learning scales with the number of shared cases discussed
 * (few cases make learning arenas "too theoretical", 003A §7 item 12). Co-location works continuously through the
 * lazy relaxation in {@link Professional#knowledgeOf}. Knowledge is forgotten without contact.
 */
public final class Learning {
    private final World m;

    public Learning(World m) { this.m = m; }

    static final double HANDOFF_GAIN = 0.06, MEETING_GAIN = 0.04, SHADOWING_GAIN = 0.25, FORUM_GAIN = 0.12;
    /** Shared cases between two units per forum at which forum learning reaches full strength. */
    public static final double FORUM_CASES_FOR_FULL_LEARNING = 10;

    public void start() {
        scheduleForum();
        double perYear = m.scenario.coordination.jobShadowingDaysPerYear;
        if (perYear > 0 && !m.professionals.isEmpty()) scheduleShadowing(perYear);
    }

    public void onHandoff(Professional sender, Professional receiver, ServiceUnit from, ServiceUnit to, boolean mutual,
                          boolean lost, Link link) {
        double now = m.now();
        if (receiver != null) {
            receiver.learn(from.index, HANDOFF_GAIN, now);
            receiver.trust[from.index] = moveTrust(receiver.trust[from.index], lost);
        }
        if (mutual && sender != null) {
            sender.learn(to.index, HANDOFF_GAIN, now);
            sender.trust[to.index] = moveTrust(sender.trust[to.index], lost);
        }
        link.trust = moveTrust(link.trust, lost);
        if (mutual) {
            Link back = m.link(to, from);
            back.trust = moveTrust(back.trust, lost);
        }
    }

    /** Trust rises a little with each hand-off that works and falls more with one that loses information. */
    static double moveTrust(double t, boolean lost) {
        return lost ? t - 0.05 * t : t + 0.03 * (1 - t);
    }

    /** Mutual learning among the participants of a meeting, scaled by case volume (0–1). */
    public void meeting(List<Professional> participants, double volume) {
        double now = m.now();
        for (Professional a : participants) {
            for (Professional b : participants) {
                if (a == b || a.unit == b.unit) continue;
                a.learn(b.unit.index, MEETING_GAIN * volume, now);
                a.trust[b.unit.index] = Math.min(1, a.trust[b.unit.index] + 0.02 * volume * (1 - a.trust[b.unit.index]));
            }
        }
    }

    /** Job-shadowing days as one Poisson process over all professionals (superposition; one pending event). */
    private void scheduleShadowing(double perYear) {
        double dt = Streams.exponential(m.rng(Streams.Stream.LEARNING), 365.0 / (perYear * m.professionals.size()));
        m.after(dt, () -> {
            MersenneTwisterFast r = m.rng(Streams.Stream.LEARNING);
            Professional p = m.professionals.get(r.nextInt(m.professionals.size()));
            ServiceUnit host = m.units.get(r.nextInt(m.units.size()));
            if (host != p.unit) {
                p.learn(host.index, SHADOWING_GAIN, m.now());
                p.trust[host.index] = Math.min(1, p.trust[host.index] + 0.05 * (1 - p.trust[host.index]));
                m.book(p, Activity.MEETINGS, 7.5);
                m.emit(EventType.JOB_SHADOWING, null, host, p, p.unit.id, 7.5, null);
            }
            scheduleShadowing(perYear);
        });
    }

    /** Days between forums: dense forums meet monthly, sparse ones a few times a year; none below 0.05. */
    static double forumInterval(double forums) {
        return 120 - 90 * forums;
    }

    private void scheduleForum() {
        double forums = m.gov().get(Governance.Rule.FORUMS);
        double interval = forums < 0.05 ? 90 : forumInterval(forums);
        m.after(interval, () -> {
            double f = m.gov().get(Governance.Rule.FORUMS);
            if (f >= 0.05) forum(f);
            scheduleForum();
        });
    }

    /** A cross-boundary forum: units that shared cases send a member each, if leaders make room for it. */
    void forum(double forums) {
        MersenneTwisterFast r = m.rng(Streams.Stream.LEARNING);
        double attendance = 0.3 + 0.4 * forums + 0.3 * m.scenario.governance.leadership;
        int n = m.units.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Link a = m.links[i][j];
                Link b = m.links[j][i];
                int cases = a.sharedCasesSinceForum + b.sharedCasesSinceForum;
                if (cases == 0) continue;
                ServiceUnit ui = m.units.get(i);
                ServiceUnit uj = m.units.get(j);
                if (ui.staff.isEmpty() || uj.staff.isEmpty() || r.nextDouble() >= attendance) continue;
                a.sharedCasesSinceForum = 0;
                b.sharedCasesSinceForum = 0;
                Professional pi = ui.staff.get(r.nextInt(ui.staff.size()));
                Professional pj = uj.staff.get(r.nextInt(uj.staff.size()));
                double volume = Math.min(1, cases / FORUM_CASES_FOR_FULL_LEARNING);
                double now = m.now();
                pi.learn(j, FORUM_GAIN * volume, now);
                pj.learn(i, FORUM_GAIN * volume, now);
                a.trust = Math.min(1, a.trust + 0.03 * volume * (1 - a.trust));
                b.trust = Math.min(1, b.trust + 0.03 * volume * (1 - b.trust));
                m.book(pi, Activity.MEETINGS, 2);
                m.book(pj, Activity.MEETINGS, 2);
                m.emit(EventType.FORUM, null, ui, pi, uj.id, volume, null);
            }
        }
    }
}
