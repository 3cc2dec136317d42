package no.samspill.core.units;

/** The coordination relation from one unit to another (002 digest B3.7; 003A §3.7; 003B §1.4). */
public final class Link {
    public final ServiceUnit from;
    public final ServiceUnit to;
    public Channel channel;
    public CoordinationMode mode;
    public boolean agreement;
    /** Unit-level trust, moved by the experience of hand-offs across this link. */
    public double trust;
    /** The professional whose enthusiasm carries the link, or -1 for none (a sentinel; 002 staircase; 000 A3 anchoring). */
    public int keyPerson = -1;
    /** Shared cases since the last forum: learning in forums scales with case volume (003A §7 item 12). */
    public int sharedCasesSinceForum;
    public long handoffs;
    public long losses;
    /**
     * What moved this link's trust during the warm-up, for its long-run level (ODD §5.7): trust moves by hand-offs
     * whose loss probability depends on this link's trust ({@code ownMoves}) or on the reverse link's (a mutual
     * hand-off moves both, {@code backMoves}), each with the sum of its loss probability without the trust and
     * maturity factors ({@code ...BaseLoss}), and the sum of the forums' trust gains.
     */
    public double ownMoves, ownBaseLoss, backMoves, backBaseLoss, forumTrustGains;
    /**
     * The warm-up saw no contact on this link nor on any link between units of the same two kinds, so its trust is
     * still the written one: it is put at its long-run level at its first hand-off (ODD §5.7).
     */
    public boolean levelAtFirstContact;
    /** This pair (from.index < to.index) is in the world's list of pairs with shared cases since the last forum. */
    public boolean forumListed;

    public Link(ServiceUnit from, ServiceUnit to, Channel channel, CoordinationMode mode, boolean agreement, double trust) {
        this.from = from;
        this.to = to;
        this.channel = channel;
        this.mode = mode;
        this.agreement = agreement;
        this.trust = trust;
    }

    public boolean crossesOwner() { return from.owner != to.owner; }

    // ------------------------------------------------------------------ bean properties (MASON inspectors, charts)

    public String getFrom() { return from.id; }
    public String getTo() { return to.id; }
    public Channel getChannel() { return channel; }
    public CoordinationMode getMode() { return mode; }
    public boolean isAgreement() { return agreement; }
    public double getTrust() { return trust; }
    public int getKeyPerson() { return keyPerson; }
    public boolean isCrossesOwner() { return crossesOwner(); }
    public long getHandoffs() { return handoffs; }
    public long getLosses() { return losses; }
    /** Share of hand-offs across the link that lost information, or 0 before the first. */
    public double getLossShare() { return handoffs == 0 ? 0 : (double) losses / handoffs; }
}
