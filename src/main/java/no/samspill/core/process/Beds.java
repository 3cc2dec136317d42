package no.samspill.core.process;

import no.samspill.core.config.HealthConfig;
import no.samspill.core.config.UnitConfig;
import no.samspill.core.units.ServiceUnit;
import no.samspill.core.units.UnitKind;
import no.samspill.core.world.World;

/**
 * Finite beds (ODD §7.5, "Beds and the overflow rule"). A hospital ward has as many beds as its slots
 * ({@code servers}); a short-term ward has a bed count that caps what its staff could carry.
 * <p>
 * The overflow rule of a full hospital ward: acute admissions are never turned away (a hospital must receive a patient
 * in need of immediate help, spesialisthelsetjenesteloven §3-1), so a patient who finds every bed taken — by acute
 * patients or by patients ready for discharge who wait for the municipality — is put in a corridor bed
 * (korridorpasient), up to a small number of corridor beds, and beyond them placed on another ward (utlokalisert
 * pasient). A bed that frees goes to the patient longest out of one. Utilisation counts bed occupants only, so it never
 * exceeds 1; corridor and outlying patients are reported as overflow.
 * <p>
 * The ward's response to pressure is "sooner and sicker": when the ward is fuller than {@code health.bed_pressure_from}
 * of its beds, stays are cut short (by {@code bed_max_stay_cut} at full occupancy, down to {@code bed_stay_floor} with
 * overflow), and patients leave with lower function and more often need a short-term stay first (001 §5.2; 003A §7
 * item 43).
 */
public final class Beds {
    private Beds() { }

    /* UNLIMITED is structural (a slot count no run reaches); the pressure response's constants are health.* settings. */
    /** Slots given to a hospital ward with {@code health.unlimitedBeds} (the ablation): it is never full. */
    public static final int UNLIMITED = 1 << 28;

    /** Sets bed counts and corridor beds once the municipality is built (called by Delivery at the start of a run). */
    static void initialise(World m) {
        HealthConfig h = m.scenario.health;
        for (ServiceUnit u : m.units) {
            if (u.kind.hospital) {
                if (h.unlimitedBeds) {
                    u.fixedServers = true;
                    u.servers = UNLIMITED;
                    u.corridorBeds = 0;
                } else {
                    u.corridorBeds = Math.max(1, (int) Math.round(h.corridorBedShare * u.servers));
                }
            } else if (h.unlimitedMunicipalCare && u.kind.rationsWhenWaiting) {
                unlimitMunicipalCare(u);
            } else if (u.kind == UnitKind.SHORT_TERM_WARD) {
                UnitConfig c = config(m, u);
                // Unless the scenario says otherwise a short-term ward has as many beds as its staff can carry with no
                // time lost to reporting: the bed count then caps what the staff's hours could otherwise allow.
                u.beds = c != null && c.beds > 0 ? c.beds
                        : no.samspill.core.units.KindDefaults.slotsFor(u.totalFte(), u.hoursPerCaseWeek, m.scenario.staffing.availableShare);
            }
        }
    }

    /**
     * The ablation {@code health.unlimitedMunicipalCare} (P9): a home-care zone or short-term ward with fixed, never-full
     * slots and no bed cap, so nothing waits for municipal capacity; its staff (and their cost) stay as configured.
     */
    private static void unlimitMunicipalCare(ServiceUnit u) {
        u.fixedServers = true;
        u.servers = UNLIMITED;
        u.beds = 0;
    }

    private static UnitConfig config(World m, ServiceUnit u) {
        for (UnitConfig c : m.scenario.units) if (u.id.equals(c.id)) return c;
        return null;
    }

    /**
     * Acute occupancy: patients under treatment (in beds, corridor or on another ward) per bed. Patients ready for
     * discharge hold beds (they push new admissions into the corridor) but do not make the ward send others home
     * sooner: counting them too closes a loop — delays, earlier and sicker discharges, more short-term stays, more
     * delays — that ran away in the flagship (MIX delayed bed-days 35 → about 1,600 per 1,000 a year, ODD §7.5).
     */
    static double occupancy(ServiceUnit ward) {
        return (double) (ward.busy - ward.readyWaiting) / Math.max(1, ward.servers);
    }

    /** The factor on the length of stay at this occupancy: 1 up to {@code h.bedPressureFrom}, falling to the floor. */
    static double stayFactor(HealthConfig h, double occupancy) {
        return Math.max(h.bedStayFloor, 1 - h.bedMaxStayCut * Math.max(0, occupancy - h.bedPressureFrom) / (1 - h.bedPressureFrom));
    }
}
