package no.samspill.core.process;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.EpisodeType;
import no.samspill.core.agents.Need;
import no.samspill.core.agents.User;
import no.samspill.core.config.DetectionConfig;
import no.samspill.core.config.PressureConfig;
import no.samspill.core.governance.Governance;
import no.samspill.core.random.Streams;
import no.samspill.core.units.Professional;
import no.samspill.core.units.Role;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.EventType;
import no.samspill.core.world.World;

/**
 * Process 2, detection and referral (ODD §7.2). A need arising at home is latent until someone notices it: the GP at a
 * consultation, the staff of a home-based service on their visits, relatives, the user, or a case-finding visit
 * ({@link CaseFinding}). The GP, relatives and the user race with constant hazards; home visits notice with a chance
 * per visit, so their hazard is the user's visits per day; case-finding finds the need only when one of its visits
 * actually comes to the user. A professional refers only if the need looks severe enough for the referral threshold
 * set by the eligibility rule ("better to refer too many than too few" lowers it, 003A §4.5); otherwise it waits and is
 * seen again later, while the user's function declines.
 */
public final class Detection implements CaseFinding.Latent {
    private final World m;
    private final DetectionConfig c;
    private final CaseFinding caseFinding;
    /** Salt of the detection race's counter-based draws. */
    private static final long SALT = 0x44455445_4354L;

    private Pathway pathway;
    /** Episodes whose need waits to be noticed, in the order they became latent, with the stamp of their current race. */
    private final Map<Episode, Integer> pending = new LinkedHashMap<>();
    /** Detection races started per episode: a race or a visit whose stamp is stale does nothing. */
    private final Map<Episode, Integer> races = new IdentityHashMap<>();

    public Detection(World m) {
        this.m = m;
        this.c = m.scenario.detection;
        this.caseFinding = new CaseFinding(m, this);
    }

    /** Where detected needs are referred (set once, by the model, before the run starts). */
    public void connect(Pathway p) { this.pathway = p; }

    /** Starts the weekly case-finding round (called once, by the model, before the run starts). */
    public void start() { caseFinding.start(); }

    /** Who notices a need, and the role of the unit they work in (none for relatives and the user). */
    enum Source {
        GP(Role.GP), HOME_CARE(Role.HOME_CARE), CASE_FINDING(Role.OUTREACH), RELATIVES(null), SELF(null);

        final Role role;

        Source(Role role) { this.role = role; }
    }

    public void onset(Episode ep) {
        scheduleDetection(ep);
    }

    /** Episodes waiting to be noticed now, in the order they became latent (read by {@link CaseFinding}). */
    @Override
    public List<Episode> pending() {
        pending.keySet().removeIf(Episode::ended);  // the user died while the need was latent (ODD §7.12)
        return new ArrayList<>(pending.keySet());
    }

    /** The stamp of the episode's current detection race (0 if none). */
    @Override
    public int stamp(Episode ep) { return pending.getOrDefault(ep, 0); }

    /**
     * The need becomes latent (again): a race starts between the GP, home visits, relatives and the user, and the
     * episode waits for the case-finding visits of its area.
     */
    void scheduleDetection(Episode ep) {
        int stamp = races.merge(ep, 1, Integer::sum);
        pending.remove(ep);
        pending.put(ep, stamp);
        double[] h = new double[Source.values().length];
        h[Source.GP.ordinal()] = 1.0 / (ep.type == EpisodeType.WORK_HEALTH ? c.gpDaysWork
                : ep.type == EpisodeType.COMPLEX_LONG_TERM ? c.gpDaysComplex : c.gpDays);
        ServiceUnit visiting = visitingUnit(ep.user);
        h[Source.HOME_CARE.ordinal()] = visiting == null ? 0 : visitsPerDay(ep.user, m.scenario.pressure) * c.homeCareNoticePerVisit;
        h[Source.RELATIVES.ordinal()] = ep.user.relatives ? 1.0 / c.relativesDays : 0;
        h[Source.SELF.ordinal()] = ep.user.assertiveness / c.selfDays;
        double total = 0;
        for (double x : h) total += x;
        // Counter-based draws on the episode and its race number: a race is the same in every variant run with the
        // seed unless something in the variant (a case-finding visit, another threshold) changed the episode's story.
        long key = Streams.mix(m.streams.seed, SALT);
        double e = -Math.log(1.0 - Streams.uniform(key, ep.id, 3L * stamp));
        double u = Streams.uniform(key, ep.id, 3L * stamp + 1) * total;
        if (total > 0) {
            Source src = Source.SELF;
            for (Source s : Source.values()) {
                u -= h[s.ordinal()];
                if (u < 0) { src = s; break; }
            }
            final Source source = src;
            final ServiceUnit from = source == Source.HOME_CARE ? visiting
                    : source.role == null ? null : m.unitFor(source.role, ep.user);
            m.after(e / total, () -> detected(ep, source, from, stamp));
        }
        caseFinding.entered(ep);
    }

    /**
     * Visits a day the user receives from home-based services now (the rationed ones thinned, ODD §7.5): each is a
     * chance for the staff to notice a new need.
     */
    static double visitsPerDay(User user, PressureConfig pc) {
        double rationedShare = pc.rationedVisitShare();  // as Delivery books a rationed case (ODD §7.5)
        double v = 0;
        for (int i = 0; i < user.openEpisodes(); i++) {
            for (Need n : user.openEpisode(i).needs) {
                if (n.state() != Need.State.IN_SERVICE || n.unit == null || !n.unit.kind.homeBased()) continue;
                v += n.unit.contactsPerDay * (n.rationed ? rationedShare : 1.0);
            }
        }
        return v;
    }

    /** The home-based unit that visits the user most often now, or null if none visits. */
    static ServiceUnit visitingUnit(User user) {
        ServiceUnit best = null;
        double most = 0;
        for (int i = 0; i < user.openEpisodes(); i++) {
            for (Need n : user.openEpisode(i).needs) {
                if (n.state() != Need.State.IN_SERVICE || n.unit == null || !n.unit.kind.homeBased()) continue;
                double v = n.unit.contactsPerDay;
                if (v > most) { most = v; best = n.unit; }
            }
        }
        return best;
    }

    /** A case-finding visit of {@code unit} noticed the need of a pending episode. */
    @Override
    public void found(Episode ep, int stamp, ServiceUnit unit) {
        detected(ep, Source.CASE_FINDING, unit, stamp);
    }

    void detected(Episode ep, Source source, ServiceUnit from, int stamp) {
        Integer current = pending.get(ep);
        if (current == null || current != stamp) return;  // noticed already by another source
        pending.remove(ep);
        if (ep.ended()) return;  // the user died before anyone noticed (ODD §7.12)
        Governance g = m.gov();
        ep.applyUnmet(m.now());
        if (from != null) {
            double severity = Health.severity(ep, m.scenario.health);
            double threshold = c.referralThresholdStrict - c.referralThresholdBroadening * g.get(Governance.Rule.ELIGIBILITY_BREADTH);
            if (severity < threshold) {
                m.emit(EventType.NOT_REFERRED, ep, from, null, source.name(), severity, "below referral threshold");
                scheduleDetection(ep);
                return;
            }
        }
        Professional referrer = from == null || from.staff.isEmpty() ? null
                : from.staff.get((int) (Streams.uniform(Streams.mix(m.streams.seed, SALT), ep.id, 3L * stamp + 2) * from.staff.size()));
        m.emit(EventType.DETECTED, ep, from, referrer, source.name(), 0, null);
        pathway.refer(ep, from, referrer);
    }
}
