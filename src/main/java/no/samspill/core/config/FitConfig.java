package no.samspill.core.config;

/**
 * Mechanism constants of the fit of a decided service (ODD §7.3, "Fit"): the decider decides on the picture of the
 * user that reached them, within the service menu the rules allow, and fit is the match between what the user needs and
 * wants and what was decided. {@link #informationShapesDecision} switches the information part off (the ablation of P4).
 */
public class FitConfig {
    @Param(doc = "The decider sees only what reached them (lost information, the user met or not, goals voiced or not); false = every decider gets the same picture whatever reached them: the need read as from forms, the wishes as at participation, no loss after the decision (ablation)", unit = "flag",
            source = "003A §3.7 (written forms vs a visit: services the users could not benefit from, seed L1815–1823, L1848–1851)")
    public boolean informationShapesDecision = true;
    @Param(doc = "Error (standard deviation) in the decider's reading of how much help the user needs, when the decider met the user", unit = "need scale 0–1", min = 0, max = 1,
            source = "assumption")
    public double errorMet = 0.05;
    @Param(doc = "Error in the reading of the need when the decider did not meet the user and decides from forms and reports", unit = "need scale 0–1", min = 0, max = 1,
            source = "003A §3.7 (a written form does not allow a real exchange of views, seed L1848–1851); magnitude assumption")
    public double errorNotMet = 0.15;
    @Param(doc = "Further error when information that matters was lost in a hand-off since the last decision (added in quadrature)", unit = "need scale 0–1", min = 0, max = 1,
            source = "003A §3.7; 001 §5.2; magnitude assumption")
    public double errorLoss = 0.15;
    @Param(doc = "Factor on the reading error when the need is decided at a table of several professionals (pooled perspectives)", unit = "factor", min = 0, max = 1,
            source = "003A §3.8 (different backgrounds see solutions no single participant sees, seed L1696–1703); magnitude assumption")
    public double tableErrorFactor = 0.7;
    @Param(doc = "Share of the user's stated wishes taken into a decision at participation level (the wish is heard but not negotiated); at influence or control it is all, with the user's perspective only none",
            unit = "share 0–1", min = 0, max = 1, source = "003A §5 (ladder: expressing a wish is only participation, seed L1836–1848); magnitude assumption")
    public double participationWishWeight = 0.5;
    @Param(doc = "Weight of a mismatch in what the service is about (the user's goals) relative to a mismatch in how much help is given", unit = "factor", min = 0, max = 2,
            source = "001 §2.7 ('what matters to me'); magnitude assumption")
    public double wishWeight = 0.6;
    @Param(doc = "Standard packages per dimension of the menu at no standardisation; the menu has 1 + round((1 − standardisation)·(this − 1)) packages per dimension", unit = "packages", min = 1, max = 20,
            source = "003A §3.13, §4.5 (Nord: plans simple enough for all, seed L2679–2689); magnitude assumption")
    public int packagesAtNoStandardisation = 5;
    @Param(doc = "How far (per dimension) a decider with full discretion may adapt the nearest standard package towards what they see; the room is this times the discretion rule", unit = "need scale 0–1", min = 0, max = 1,
            source = "003A §4.1 (professional discretion to adapt), §3.13; magnitude assumption")
    public double maxAdaptation = 0.25;
    @Param(doc = "Distance between what the user needs and wants and what was decided at which fit falls to 0.5 (an ill-fitting service); fit = 1 − 0.5·distance/this", unit = "need scale 0–1", min = 0.01, max = 2,
            source = "assumption")
    public double halfFitDistance = 0.3;
    @Param(doc = "Fit lost at the start of a service when information was lost between the decision and the provider (the provider works from an incomplete picture)", unit = "fit 0–1", min = 0, max = 1,
            source = "003A §3.7; magnitude assumption")
    public double lossAfterDecision = 0.15;
    @Param(doc = "Lowest fit the penalties at the decision (a standard package in place of the service) and at a service's start (rationing, shorter visits, information lost after the decision) can bring a service to", unit = "fit 0–1", min = 0, max = 1,
            source = "assumption")
    public double fitFloor = 0.05;
}
