package no.samspill.core.process;

import ec.util.MersenneTwisterFast;
import java.util.List;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;
import no.samspill.core.units.Professional;
import no.samspill.core.config.LearningConfig;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Activity;
import no.samspill.core.units.Link;
import no.samspill.core.units.ServiceUnit;

/**
 * Process 8, learning and trust (ODD §7.8). Knowledge of other units and trust grow with cross-boundary contact:
 * hand-offs (one way under relay, mutual face to face or in teams: Sør vs Nord, 003A §4.5), joint meetings,
 * job shadowing (hospitering, 003A §3.9) and forums. A forum learns from the shared cases it discusses: each case
 * closes a share of what is still unknown about the other unit, as many cases as the meeting has time for; an arena
 * short of cases for some meetings drifts to generic themes that teach nothing about the other unit's cases, and
 * returns to cases when it has enough (003A §3.10, §7 item 12). Co-location works continuously through the lazy
 * relaxation in {@link Professional#knowledgeOf}. Knowledge is forgotten without contact. Every gain, hour and rate is a
 * setting of {@link LearningConfig}; the {@code Math.min(1, …)} clamps only keep shares within [0, 1] (structural).
 */
public final class Learning {
    private final World m;

    private final LearningConfig c;
    /** Per unit pair (i < j): consecutive forum meetings short of shared cases, and whether the arena is generic. */
    private final int[][] shortMeetings;
    private final boolean[][] generic;

    /** Whether forums during the warm-up are recorded for the long-run levels of link trust (ODD §5.7). */
    private final boolean recordLevels;

    public Learning(World m) {
        this.m = m;
        this.recordLevels = LongRunLevels.enabled(m);
        this.c = m.scenario.learning;
        int n = m.units.size();
        this.shortMeetings = new int[n][n];
        this.generic = new boolean[n][n];
    }

    public void start() {
        scheduleForum();
        double perYear = m.scenario.coordination.jobShadowingDaysPerYear;
        // 365.0 below and elsewhere: days per year, a unit conversion of the per-year rates
        if (perYear > 0 && !m.professionals.isEmpty()) scheduleShadowing(perYear);
    }

    public void onHandoff(Professional sender, Professional receiver, ServiceUnit from, ServiceUnit to, boolean mutual,
                          boolean lost, Link link) {
        double now = m.now();
        if (receiver != null) {
            receiver.learn(from.index, c.handoffGain, now);
            receiver.setTrust(from.index, moveTrust(receiver.trust(from.index), lost));
        }
        if (mutual && sender != null) {
            sender.learn(to.index, c.handoffGain, now);
            sender.setTrust(to.index, moveTrust(sender.trust(to.index), lost));
        }
        link.trust = moveTrust(link.trust, lost);
        if (mutual) {
            Link back = m.link(to, from);
            back.trust = moveTrust(back.trust, lost);
        }
    }

    /** Trust rises a little with each hand-off that works and falls more with one that loses information. */
    double moveTrust(double t, boolean lost) {
        return lost ? t - c.trustLossPerLostHandoff * t : t + c.trustGainPerHandoff * (1 - t);
    }

    /** Mutual learning among the participants of a meeting, scaled by case volume (0–1). */
    public void meeting(List<Professional> participants, double volume) {
        double now = m.now();
        for (Professional a : participants) {
            for (Professional b : participants) {
                if (a == b || a.unit == b.unit) continue;
                a.learn(b.unit.index, c.meetingGain * volume, now);
                a.setTrust(b.unit.index, Math.min(1, a.trust(b.unit.index) + c.meetingTrustGain * volume * (1 - a.trust(b.unit.index))));
            }
        }
    }

    /**
     * A meeting that decides cases together (a consensus team meeting, ODD §7.3): participants from different units
     * learn about each other's units from the cases discussed, as a forum does (§7.8): each case closes
     * {@code forumGainPerCase} of what is still unknown, up to {@code forumCasesPerMeeting} cases, and builds
     * professional trust by {@code forumTrustGainPerCase} a case. A meeting without cases teaches nothing. With
     * {@code sharedCaseLearning} off (the ablation) it teaches a joint meeting's fixed gain whatever its cases.
     */
    public void caseMeeting(List<Professional> participants, int cases) {
        if (!c.sharedCaseLearning) {
            meeting(participants, 1.0);
            return;
        }
        int discussed = Math.min(cases, c.forumCasesPerMeeting);
        if (discussed <= 0) return;
        double gain = Math.min(1, c.forumGainPerCase * discussed);
        double trustGain = Math.min(1, c.forumTrustGainPerCase * discussed);
        double now = m.now();
        for (Professional a : participants) {
            for (Professional b : participants) {
                if (a == b || a.unit == b.unit) continue;
                a.learn(b.unit.index, gain, now);
                a.setTrust(b.unit.index, Math.min(1, a.trust(b.unit.index) + trustGain * (1 - a.trust(b.unit.index))));
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
                p.learn(host.index, c.shadowingGain, m.now());
                p.setTrust(host.index, Math.min(1, p.trust(host.index) + c.shadowingTrustGain * (1 - p.trust(host.index))));
                m.book(p, Activity.MEETINGS, c.shadowingHours);
                m.emit(EventType.JOB_SHADOWING, null, host, p, p.unit.id, c.shadowingHours, null);
            }
            scheduleShadowing(perYear);
        });
    }

    /**
     * Days between forums at forum level {@code forums}: from {@code forumIntervalSparseDays} at level 0 to
     * {@code forumIntervalDenseDays} at level 1 (none below {@code forumMinLevel}).
     */
    static double forumInterval(LearningConfig c, double forums) {
        return c.forumIntervalSparseDays - (c.forumIntervalSparseDays - c.forumIntervalDenseDays) * forums;
    }

    /**
     * Without forums the rule is looked at again every 90 days, so that a governance change that introduces forums
     * (GovernanceSchedule) takes effect: a polling interval of the schedule, structural, not a behaviour.
     */
    private static final double NO_FORUM_RECHECK_DAYS = 90;

    private void scheduleForum() {
        double forums = m.gov().get(Governance.Rule.FORUMS);
        double interval = forums < c.forumMinLevel ? NO_FORUM_RECHECK_DAYS : forumInterval(c, forums);
        m.after(interval, () -> {
            double f = m.gov().get(Governance.Rule.FORUMS);
            if (f >= c.forumMinLevel) forum(f);
            scheduleForum();
        });
    }

    /**
     * A cross-boundary forum (ODD §7.8): units that shared cases since the last forum send a member each, if the
     * meeting fits in each unit's week or its leaders released the time ({@link ArenaTime}); otherwise the cases wait
     * for the next forum. The meeting discusses as many of the shared cases as it has time for; each case discussed
     * closes a share of what each side does not yet know about the other unit (diminishing returns on what is already
     * known: the gain is a share of 1 − k) and builds link trust. An arena short of cases for {@code forumDriftMeetings} meetings in a row turns to generic themes: the hours
     * are spent, nothing about the other unit's cases is learnt (003A §3.10).
     */
    void forum(double forums) {
        MersenneTwisterFast r = m.rng(Streams.Stream.LEARNING);
        int n = m.units.size();
        // Pairs in increasing (i, j) order, i < j, as a loop over all pairs would visit them, but only those with
        // shared cases since their last forum (World#forumPairs): O(active pairs), not O(units²)
        for (long key : m.forumPairs()) {
            int i = (int) (key / n);
            int j = (int) (key % n);
            {
                Link a = m.links[i][j];
                Link b = m.links[j][i];
                int cases = a.sharedCasesSinceForum + b.sharedCasesSinceForum;
                if (cases == 0) continue;
                ServiceUnit ui = m.units.get(i);
                ServiceUnit uj = m.units.get(j);
                // each unit sends a member if the meeting fits in its week or its leaders released the time (§7.4)
                if (ui.staff.isEmpty() || uj.staff.isEmpty() || !ArenaTime.canAttend(m, ui, c.forumHours)
                        || !ArenaTime.canAttend(m, uj, c.forumHours)) continue;
                a.sharedCasesSinceForum = 0;
                b.sharedCasesSinceForum = 0;
                m.forumHeld(a);
                Professional pi = ui.staff.get(r.nextInt(ui.staff.size()));
                Professional pj = uj.staff.get(r.nextInt(uj.staff.size()));
                double now = m.now();
                int discussed;
                if (c.sharedCaseLearning) {
                    discussed = casesDiscussed(i, j, cases);
                    // each case discussed closes forumGainPerCase of what is still unknown at the meeting
                    double gain = Math.min(1, c.forumGainPerCase * discussed);
                    double trustGain = Math.min(1, c.forumTrustGainPerCase * discussed);
                    if (discussed > 0) {
                        pi.learn(j, gain, now);
                        pj.learn(i, gain, now);
                        a.trust = Math.min(1, a.trust + trustGain * (1 - a.trust));
                        b.trust = Math.min(1, b.trust + trustGain * (1 - b.trust));
                        if (recordLevels && m.recordingLevels) recordForum(a, b, trustGain);
                    }
                } else {
                    discussed = Math.min(cases, c.forumCasesPerMeeting);
                    pi.learn(j, c.forumGainPerMeeting, now);
                    pj.learn(i, c.forumGainPerMeeting, now);
                    a.trust = Math.min(1, a.trust + c.forumTrustGainPerMeeting * (1 - a.trust));
                    b.trust = Math.min(1, b.trust + c.forumTrustGainPerMeeting * (1 - b.trust));
                    if (recordLevels && m.recordingLevels) recordForum(a, b, c.forumTrustGainPerMeeting);
                }
                m.book(pi, Activity.MEETINGS, c.forumHours);
                m.book(pj, Activity.MEETINGS, c.forumHours);
                m.emit(EventType.FORUM, null, ui, pi, uj.id, discussed, discussed > 0 ? "cases" : "generic");
            }
        }
    }

    private static void recordForum(Link a, Link b, double gain) {
        LongRunLevels.recordForum(a, Math.min(1, gain));
        LongRunLevels.recordForum(b, Math.min(1, gain));
    }

    /**
     * The arena rule of 003A §3.10 for the pair (i, j) meeting with {@code cases} shared cases: the number of cases the
     * meeting discusses (0 when the arena has drifted to generic themes).
     */
    int casesDiscussed(int i, int j, int cases) {
        if (cases < c.forumMinCases) {
            shortMeetings[i][j]++;
            if (shortMeetings[i][j] >= c.forumDriftMeetings) generic[i][j] = true;
        } else {
            shortMeetings[i][j] = 0;
            generic[i][j] = false;
        }
        return generic[i][j] ? 0 : Math.min(cases, c.forumCasesPerMeeting);
    }

    /** Whether the arena between units i and j currently works on generic themes (for tests and observers). */
    boolean isGeneric(int i, int j) {
        return generic[Math.min(i, j)][Math.max(i, j)];
    }
}
