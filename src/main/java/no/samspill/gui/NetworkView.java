package no.samspill.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samspill.core.agents.Episode;
import no.samspill.core.agents.Need;
import no.samspill.core.units.Link;
import no.samspill.core.units.Owner;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.world.World;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.util.Double2D;

/**
 * The network view of the service system (docs/ODD.md §2.5–2.7): units as nodes grouped by owner, links as edges
 * (width = hand-offs, colour = trust), professionals inside their units, users with open episodes as dots at the
 * queue or service of a unit or between services. Four MASON fields, each with its portrayal; the users' field is
 * rebuilt once a day by {@link #refreshUsers}, so a redraw costs the same however many events happened.
 */
public final class NetworkView {
    /** Field size in field units; one unit is one pixel at scale 1. */
    public static final double WIDTH = 1180, HEIGHT = 760;
    /** The network takes the left part, the legend the right. */
    static final double LEGEND_X = 850;
    /** At most this many dots per unit and place; the exact numbers are in the unit's label. */
    public static final int MAX_DOTS = 40;

    static final Color HOSPITAL = new Color(40, 90, 170);
    static final Color MUNICIPALITY = new Color(30, 130, 70);
    static final Color STATE = new Color(130, 60, 150);

    final Continuous2D backdrop = new Continuous2D(WIDTH, WIDTH, HEIGHT);
    final Continuous2D units = new Continuous2D(100, WIDTH, HEIGHT);
    final Continuous2D users = new Continuous2D(50, WIDTH, HEIGHT);
    final Continuous2D legend = new Continuous2D(WIDTH, WIDTH, HEIGHT);
    final ContinuousPortrayal2D backdropPortrayal = new ContinuousPortrayal2D();
    final ContinuousPortrayal2D unitsPortrayal = new ContinuousPortrayal2D();
    final ContinuousPortrayal2D usersPortrayal = new ContinuousPortrayal2D();
    final ContinuousPortrayal2D legendPortrayal = new ContinuousPortrayal2D();

    private final List<UnitNode> nodes = new ArrayList<>();
    private final Map<ServiceUnit, UnitNode> nodeOf = new HashMap<>();
    private final Map<Owner, Rectangle2D.Double> regions = new EnumMap<>(Owner.class);
    private Rectangle2D.Double betweenRegion;
    private World world;
    private DailyProbe probe;
    /** The title line: scenario, variant and seed. */
    volatile String title = "";
    /** Dots drawn and users counted per place in the last refresh (for the legend and the tests). */
    int dotsDrawn, usersCounted, usersBetween;

    public NetworkView() {
        backdropPortrayal.setField(backdrop);
        backdropPortrayal.setPortrayalForAll(new BackdropPortrayal());
        unitsPortrayal.setField(units);
        unitsPortrayal.setPortrayalForAll(new UnitPortrayal());
        usersPortrayal.setField(users);
        usersPortrayal.setPortrayalForAll(new UserPortrayal());
        legendPortrayal.setField(legend);
        legendPortrayal.setPortrayalForAll(new LegendPortrayal());
    }

    /** Lays out the units of a freshly built world (called after every start). */
    void setUp(World w, DailyProbe probe) {
        this.world = w;
        this.probe = probe;
        nodes.clear();
        nodeOf.clear();
        units.clear();
        users.clear();
        backdrop.clear();
        legend.clear();
        backdrop.setObjectLocation(new Backdrop(), new Double2D(0, 0));
        legend.setObjectLocation(new Legend(), new Double2D(LEGEND_X, 0));

        // owner regions: hospital trust left, municipality in the middle, state right
        Map<Owner, List<ServiceUnit>> byOwner = new EnumMap<>(Owner.class);
        for (ServiceUnit u : w.units) byOwner.computeIfAbsent(u.owner, k -> new ArrayList<>()).add(u);
        int nh = byOwner.getOrDefault(Owner.HOSPITAL_TRUST, List.of()).size();
        int ns = byOwner.getOrDefault(Owner.STATE, List.of()).size();
        double colW = 170;
        double hospW = nh == 0 ? 0 : colW * Math.max(1, Math.ceil(nh / 4.0));
        double stateW = ns == 0 ? 0 : colW * Math.max(1, Math.ceil(ns / 4.0));
        double top = 60, bottom = HEIGHT - 130, gap = 14, left = 14, right = LEGEND_X - 24;
        double x = left;
        if (nh > 0) { regions.put(Owner.HOSPITAL_TRUST, new Rectangle2D.Double(x, top, hospW, bottom - top)); x += hospW + gap; }
        double munW = right - x - (ns > 0 ? stateW + gap : 0);
        regions.put(Owner.MUNICIPALITY, new Rectangle2D.Double(x, top, munW, bottom - top));
        x += munW + gap;
        if (ns > 0) regions.put(Owner.STATE, new Rectangle2D.Double(x, top, stateW, bottom - top));
        betweenRegion = new Rectangle2D.Double(left, bottom + gap, right - left, HEIGHT - bottom - gap - 12);

        for (Map.Entry<Owner, List<ServiceUnit>> e : byOwner.entrySet()) {
            Rectangle2D.Double r = regions.get(e.getKey());
            List<ServiceUnit> list = e.getValue();
            int n = list.size();
            int cols = Math.max(1, (int) Math.round(Math.sqrt(n * r.width / r.height)));
            int rows = (int) Math.ceil(n / (double) cols);
            double cw = r.width / cols, ch = (r.height - 20) / rows;
            for (int i = 0; i < n; i++) {
                ServiceUnit u = list.get(i);
                UnitNode node = new UnitNode(u, w);
                double fte = u.totalFte();
                node.radius = Math.max(13, Math.min(Math.min(cw, ch) * 0.28, 10 + 3.2 * Math.sqrt(fte)));
                double cx = r.x + cw * (i % cols + 0.5);
                double cy = r.y + 26 + ch * (i / cols + 0.5) - 6;
                units.setObjectLocation(node, new Double2D(cx, cy));
                nodes.add(node);
                nodeOf.put(u, node);
            }
        }
        refreshUsers();
    }

    /** Places the users with open episodes (called once a day on the model's thread, and after start). */
    void refreshUsers() {
        users.clear();
        dotsDrawn = usersCounted = usersBetween = 0;
        if (world == null) return;
        double now = world.now();
        Map<UnitNode, int[]> counts = new HashMap<>();
        int betweenIndex = 0;
        for (Episode ep : probe.openEpisodes()) {
            usersCounted++;
            Need queued = null, served = null, other = null;
            for (Need n : ep.needs) {
                switch (n.state()) {
                    case IN_SERVICE -> { if (served == null) served = n; }
                    case QUEUED -> { if (queued == null) queued = n; }
                    case LATENT, REFERRED, ASSESSED -> { if (other == null) other = n; }
                    default -> { }
                }
            }
            UserDot dot;
            UnitNode node = null;
            if (ep.inHospital && ep.hospital != null) {
                node = nodeOf.get(ep.hospital);
                boolean ready = !Double.isNaN(ep.readyForDischarge);
                dot = new UserDot(ep.user, ep, ready ? UserDot.Place.QUEUE : UserDot.Place.SERVICE,
                        ready ? now - ep.readyForDischarge : 0, probe);
            } else if (served != null && served.unit != null) {
                node = nodeOf.get(served.unit);
                dot = new UserDot(ep.user, ep, UserDot.Place.SERVICE, 0, probe);
            } else if (queued != null && queued.unit != null) {
                node = nodeOf.get(queued.unit);
                dot = new UserDot(ep.user, ep, UserDot.Place.QUEUE, now - queued.queuedAt, probe);
            } else {
                double since = other == null ? ep.start : !Double.isNaN(other.referred) ? other.referred : other.onset;
                dot = new UserDot(ep.user, ep, UserDot.Place.BETWEEN, Math.max(0, now - since), probe);
            }
            if (node != null) {
                int[] c = counts.computeIfAbsent(node, k -> new int[2]);
                int k = dot.place == UserDot.Place.SERVICE ? 1 : 0;
                int i = c[k]++;
                if (i >= MAX_DOTS) continue;
                Double2D at = units.getObjectLocation(node);
                // queue: an arc above the node, service: an arc below; rings grow outward
                int perRing = 14;
                int ring = i / perRing, pos = i % perRing;
                double rad = node.radius + 7 + ring * 6;
                double a0 = k == 0 ? Math.PI * 1.05 : Math.PI * 0.05;
                double ang = a0 + (Math.PI * 0.9) * (pos + 0.5) / perRing;
                users.setObjectLocation(dot, new Double2D(at.x + rad * Math.cos(ang), at.y + rad * Math.sin(ang)));
                dotsDrawn++;
            } else {
                usersBetween++;
                int per = (int) Math.max(1, (betweenRegion.width - 20) / 7);
                int i = betweenIndex++;
                if (i >= per * 4) continue;
                users.setObjectLocation(dot, new Double2D(betweenRegion.x + 10 + (i % per) * 7,
                        betweenRegion.y + 26 + (i / per) * 7));
                dotsDrawn++;
            }
        }
    }

    List<UnitNode> nodes() { return nodes; }

    /**
     * Paints the view into an image the way MASON's display does (each field portrayal over the whole field), for
     * screenshots without a window. Call it on the model's thread or with the schedule's lock held.
     */
    java.awt.image.BufferedImage paint(sim.display.GUIState gui, double scale) {
        int w = (int) Math.round(WIDTH * scale), h = (int) Math.round(HEIGHT * scale);
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, w, h);
        for (ContinuousPortrayal2D p : List.of(backdropPortrayal, unitsPortrayal, usersPortrayal, legendPortrayal))
            p.draw(p.getField(), g, new DrawInfo2D(gui, p, all, all));
        g.dispose();
        return img;
    }

    // ------------------------------------------------------------------------------------------- colours

    /** White (idle) to orange to red (full) for utilisation 0–1. */
    static Color utilisationColour(double u) {
        u = Math.max(0, Math.min(1, u));
        if (u < 0.5) return blend(new Color(250, 250, 245), new Color(253, 200, 110), u / 0.5);
        return blend(new Color(253, 200, 110), new Color(215, 48, 39), (u - 0.5) / 0.5);
    }

    /** Green (no wait) to yellow (2 weeks) to red (4 weeks or more). */
    static Color waitColour(double days) {
        double t = Math.max(0, Math.min(1, days / 28.0));
        if (t < 0.5) return blend(new Color(26, 152, 80), new Color(250, 210, 60), t / 0.5);
        return blend(new Color(250, 210, 60), new Color(200, 30, 30), (t - 0.5) / 0.5);
    }

    /** Red (trust 0) to grey (0.5) to green (1). */
    static Color trustColour(double trust) {
        double t = Math.max(0, Math.min(1, trust));
        if (t < 0.5) return blend(new Color(200, 40, 40), new Color(150, 150, 150), t / 0.5);
        return blend(new Color(150, 150, 150), new Color(20, 140, 60), (t - 0.5) / 0.5);
    }

    /** Involvement ring: light (0) to dark purple (3). */
    static Color involvementColour(double level) {
        if (Double.isNaN(level)) return new Color(170, 170, 170);
        return blend(new Color(215, 205, 235), new Color(70, 20, 120), Math.max(0, Math.min(3, level)) / 3.0);
    }

    static Color ownerColour(Owner o) {
        return switch (o) {
            case HOSPITAL_TRUST -> HOSPITAL;
            case MUNICIPALITY -> MUNICIPALITY;
            case STATE -> STATE;
        };
    }

    static Color blend(Color a, Color b, double t) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static double dotRadius(int distinctUnits) { return 2.2 + 0.7 * Math.min(6, distinctUnits); }

    // ------------------------------------------------------------------------------------------- portrayals

    /** Owner regions and links; drawn first. */
    final class Backdrop {
        @Override public String toString() { return "service system"; }
    }

    final class Legend {
        @Override public String toString() { return "legend"; }
    }

    private final class BackdropPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double s = info.draw.width, ox = info.draw.x, oy = info.draw.y;
            Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, 13 * s));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(10, 16 * s)));
            g.setColor(Color.BLACK);
            g.drawString(NetworkView.this.title, (float) (ox + 14 * s), (float) (oy + 32 * s));
            for (Map.Entry<Owner, Rectangle2D.Double> e : regions.entrySet()) {
                Rectangle2D.Double r = e.getValue();
                Color c = ownerColour(e.getKey());
                g.setColor(blend(c, Color.WHITE, 0.93));
                Rectangle2D.Double px = new Rectangle2D.Double(ox + r.x * s, oy + r.y * s, r.width * s, r.height * s);
                g.fill(px);
                g.setColor(c);
                g.setStroke(new BasicStroke((float) (1.5 * s)));
                g.draw(px);
                g.setFont(title);
                g.drawString(switch (e.getKey()) {
                    case HOSPITAL_TRUST -> "Hospital trust";
                    case MUNICIPALITY -> "Municipality";
                    case STATE -> "State (NAV)";
                }, (float) (px.x + 6 * s), (float) (px.y + 16 * s));
            }
            if (betweenRegion != null) {
                Rectangle2D.Double r = betweenRegion;
                Rectangle2D.Double px = new Rectangle2D.Double(ox + r.x * s, oy + r.y * s, r.width * s, r.height * s);
                g.setColor(new Color(248, 244, 236));
                g.fill(px);
                g.setColor(new Color(150, 120, 80));
                g.draw(px);
                g.setFont(title);
                g.drawString(String.format(Locale.ROOT, "Between services: %d users referred, being assessed or not yet referred", usersBetween),
                        (float) (px.x + 6 * s), (float) (px.y + 16 * s));
            }
            if (world == null || world.links == null) return;
            // links: one line per pair of units that handed off work, both directions together
            long max = 1;
            for (UnitNode a : nodes) for (UnitNode b : nodes) {
                if (a.unit.index >= b.unit.index) continue;
                max = Math.max(max, handoffs(a, b));
            }
            for (UnitNode a : nodes) for (UnitNode b : nodes) {
                if (a.unit.index >= b.unit.index) continue;
                long h = handoffs(a, b);
                if (h == 0) continue;
                Double2D pa = units.getObjectLocation(a), pb = units.getObjectLocation(b);
                double width = 0.8 + 7.0 * Math.sqrt(h / (double) max);
                g.setColor(withAlpha(trustColour(trust(a, b)), 170));
                g.setStroke(new BasicStroke((float) (width * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(ox + pa.x * s, oy + pa.y * s, ox + pb.x * s, oy + pb.y * s));
            }
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }

    private long handoffs(UnitNode a, UnitNode b) {
        Link ab = world.link(a.unit, b.unit), ba = world.link(b.unit, a.unit);
        return (ab == null ? 0 : ab.handoffs) + (ba == null ? 0 : ba.handoffs);
    }

    private double trust(UnitNode a, UnitNode b) {
        Link ab = world.link(a.unit, b.unit), ba = world.link(b.unit, a.unit);
        double s = 0, n = 0;
        if (ab != null) { s += ab.trust * Math.max(1, ab.handoffs); n += Math.max(1, ab.handoffs); }
        if (ba != null) { s += ba.trust * Math.max(1, ba.handoffs); n += Math.max(1, ba.handoffs); }
        return n == 0 ? 0.5 : s / n;
    }

    static Color withAlpha(Color c, int a) { return new Color(c.getRed(), c.getGreen(), c.getBlue(), a); }

    private static final class UnitPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            UnitNode n = (UnitNode) object;
            double s = info.draw.width, r = n.radius * s, x = info.draw.x, y = info.draw.y;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Ellipse2D.Double circle = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g.setColor(utilisationColour(n.getUtilisation()));
            g.fill(circle);
            g.setColor(ownerColour(n.unit.owner));
            g.setStroke(new BasicStroke((float) (2.5 * s)));
            g.draw(circle);
            // professionals: one small square each, in a grid inside the node
            int staff = n.unit.staff.size();
            int shown = Math.min(staff, 36);
            int cols = (int) Math.ceil(Math.sqrt(shown));
            double cell = shown == 0 ? 0 : (1.2 * r) / Math.max(1, cols);
            double sq = Math.max(1.5, cell * 0.6);
            g.setColor(new Color(60, 60, 60));
            for (int i = 0; i < shown; i++) {
                double px = x - 0.6 * r + cell * (i % cols + 0.5) - sq / 2;
                double py = y - 0.6 * r + cell * (i / cols + 0.5) - sq / 2;
                g.fill(new Rectangle2D.Double(px, py, sq, sq));
            }
            Font f = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(8, 10.5 * s));
            g.setFont(f);
            FontMetrics fm = g.getFontMetrics();
            String label = n.unit.id;
            String counts = n.unit.readyWaiting > 0
                    ? String.format(Locale.ROOT, "queue %d · busy %d/%d · %d ready", n.unit.queued, n.unit.busy, n.unit.servers, n.unit.readyWaiting)
                    : String.format(Locale.ROOT, "queue %d · busy %d/%d", n.unit.queued, n.unit.busy, n.unit.servers);
            if (staff > shown) label += " (" + staff + " staff)";
            double ly = y + r + (NetworkView.MAX_DOTS > 14 ? 30 : 12) * s;
            g.setColor(Color.BLACK);
            g.drawString(label, (float) (x - fm.stringWidth(label) / 2.0), (float) ly);
            g.setColor(new Color(70, 70, 70));
            g.drawString(counts, (float) (x - fm.stringWidth(counts) / 2.0), (float) (ly + fm.getHeight()));
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            UnitNode n = (UnitNode) object;
            double r = n.radius * range.draw.width;
            return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
        }
    }

    private static final class UserPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            UserDot d = (UserDot) object;
            double s = info.draw.width, r = dotRadius(d.episode.distinctUnits()) * s;
            Ellipse2D.Double e = new Ellipse2D.Double(info.draw.x - r, info.draw.y - r, 2 * r, 2 * r);
            g.setColor(d.place == UserDot.Place.SERVICE ? new Color(60, 120, 200) : waitColour(d.waitingDays));
            g.fill(e);
            g.setColor(involvementColour(d.getInvolvement()));
            g.setStroke(new BasicStroke((float) (1.3 * s)));
            g.draw(e);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            double r = 5 * range.draw.width;
            return new Ellipse2D.Double(range.draw.x - r, range.draw.y - r, 2 * r, 2 * r).intersects(range.clip);
        }
    }

    private final class LegendPortrayal extends SimplePortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D g, DrawInfo2D info) {
            double s = info.draw.width, x0 = info.draw.x + 4 * s;
            double[] y = {info.draw.y + 24 * s};
            double lh = 15 * s;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font head = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, 13 * s));
            Font body = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(8, 11 * s));
            Runnable nl = () -> y[0] += lh;
            java.util.function.Consumer<String> text = t -> { g.setColor(Color.BLACK); g.drawString(t, (float) (x0 + 26 * s), (float) y[0]); };
            g.setFont(head);
            g.setColor(Color.BLACK);
            g.drawString(world == null ? "Legend" : String.format(Locale.ROOT, "Day %.0f of %.0f%s", world.now(), world.horizon,
                    world.measuring() ? "" : " (warm-up)"), (float) x0, (float) y[0]);
            nl.run(); nl.run();
            g.drawString("Units (nodes)", (float) x0, (float) y[0]); nl.run();
            g.setFont(body);
            for (Owner o : Owner.values()) {
                g.setColor(ownerColour(o));
                g.setStroke(new BasicStroke((float) (2.5 * s)));
                g.draw(new Ellipse2D.Double(x0 + 4 * s, y[0] - 10 * s, 12 * s, 12 * s));
                text.accept("outline: owned by " + switch (o) {
                    case HOSPITAL_TRUST -> "the hospital trust";
                    case MUNICIPALITY -> "the municipality";
                    case STATE -> "the state (NAV)";
                });
                nl.run();
            }
            for (double u : new double[] {0, 0.5, 1}) {
                g.setColor(utilisationColour(u));
                g.fill(new Ellipse2D.Double(x0 + 4 * s, y[0] - 10 * s, 12 * s, 12 * s));
                g.setColor(Color.GRAY);
                g.setStroke(new BasicStroke((float) s));
                g.draw(new Ellipse2D.Double(x0 + 4 * s, y[0] - 10 * s, 12 * s, 12 * s));
                text.accept(String.format(Locale.ROOT, "fill: %.0f %% of case slots (beds) busy", 100 * u));
                nl.run();
            }
            g.setColor(new Color(60, 60, 60));
            g.fill(new Rectangle2D.Double(x0 + 7 * s, y[0] - 7 * s, 5 * s, 5 * s));
            text.accept("one square per professional (staff)"); nl.run();
            text.accept("size: staff FTE; label: queue, busy/slots"); nl.run();
            nl.run();
            g.setFont(head);
            g.setColor(Color.BLACK);
            g.drawString("Links (edges)", (float) x0, (float) y[0]); nl.run();
            g.setFont(body);
            for (double t : new double[] {0.2, 0.5, 0.8}) {
                g.setColor(trustColour(t));
                g.setStroke(new BasicStroke((float) (4 * s)));
                g.draw(new Line2D.Double(x0, y[0] - 4 * s, x0 + 20 * s, y[0] - 4 * s));
                text.accept(String.format(Locale.ROOT, "colour: trust %.1f (0 low, 1 high)", t));
                nl.run();
            }
            text.accept("width: hand-offs between the two units"); nl.run();
            text.accept("since warm-up (widest = most)"); nl.run();
            nl.run();
            g.setFont(head);
            g.setColor(Color.BLACK);
            g.drawString("Users with an open episode (dots)", (float) x0, (float) y[0]); nl.run();
            g.setFont(body);
            g.setColor(new Color(60, 120, 200));
            g.fill(new Ellipse2D.Double(x0 + 6 * s, y[0] - 9 * s, 8 * s, 8 * s));
            text.accept("below a unit: in service (or in a bed)"); nl.run();
            for (double d : new double[] {0, 14, 28}) {
                g.setColor(waitColour(d));
                g.fill(new Ellipse2D.Double(x0 + 6 * s, y[0] - 9 * s, 8 * s, 8 * s));
                text.accept(String.format(Locale.ROOT, "above a unit: waiting %.0f days%s", d, d >= 28 ? " or more" : ""));
                nl.run();
            }
            text.accept("(hospital: ready for discharge, no place)"); nl.run();
            for (int k : new int[] {1, 3, 6}) {
                double r = dotRadius(k) * s;
                g.setColor(new Color(120, 120, 120));
                g.fill(new Ellipse2D.Double(x0 + 10 * s - r, y[0] - 5 * s - r, 2 * r, 2 * r));
                text.accept("size: " + k + (k == 6 ? " or more units" : k == 1 ? " unit" : " units") + " in the episode");
                nl.run();
            }
            for (int lv = 0; lv <= 3; lv++) {
                g.setColor(involvementColour(lv));
                g.setStroke(new BasicStroke((float) (2 * s)));
                g.draw(new Ellipse2D.Double(x0 + 6 * s, y[0] - 9 * s, 8 * s, 8 * s));
                text.accept("ring: involvement " + lv + " " + switch (lv) {
                    case 0 -> "(user perspective only)";
                    case 1 -> "(participation)";
                    case 2 -> "(influence)";
                    default -> "(control)";
                });
                nl.run();
            }
            text.accept("At most " + MAX_DOTS + " dots per queue and per"); nl.run();
            text.accept("service; the labels give exact counts."); nl.run();
            text.accept(String.format(Locale.ROOT, "Now: %d users, %d dots drawn.", usersCounted, dotsDrawn)); nl.run();
            text.accept("Click a node or a dot to inspect it."); nl.run();
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) { return false; }
    }
}
