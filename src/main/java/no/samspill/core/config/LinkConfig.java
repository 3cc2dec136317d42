package no.samspill.core.config;

import no.samspill.core.units.Channel;
import no.samspill.core.units.CoordinationMode;

/** How two units coordinate: channel, mode, agreement and initial trust (002 digest B3.7; 003A §3.7; 003B §1.4). */
public class LinkConfig {
    @Param(doc = "Id of the sending unit", unit = "id", source = "scenario input")
    public String from;
    @Param(doc = "Id of the receiving unit", unit = "id", source = "scenario input")
    public String to;
    @Param(doc = "Information channel: WRITTEN_FORM, ELECTRONIC_MESSAGE, SHARED_RECORD or FACE_TO_FACE", unit = "category", source = "scenario input; channels 003A §3.7, 003B §3.12")
    public Channel channel = Channel.ELECTRONIC_MESSAGE;
    @Param(doc = "LOOSE_COLLABORATION or FORMAL_COORDINATION", unit = "category", source = "scenario input; 002 B3.7")
    public CoordinationMode mode = CoordinationMode.LOOSE_COLLABORATION;
    @Param(doc = "Whether a written cooperation agreement with named contacts exists (samarbeidsavtale)", unit = "flag", source = "scenario input; 002 B3.7")
    public boolean agreement = false;
    @Param(doc = "Initial trust between the units' professionals", unit = "0–1", min = 0, max = 1, source = "scenario input; default by structure 004 C3.2 (ODD §5.3), magnitude assumption")
    public double trust = 0.4;
    @Param(doc = "Whether the link's working depends on one enthusiast (key person) whose leaving breaks it", unit = "flag", source = "002 (digest B3.4); 000 A3")
    public boolean keyPerson = false;
}
