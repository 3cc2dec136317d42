package no.samspill.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The key of the caches of pure functions of settings (the sizing pilot, ODD §5.1; the age group's frailty, §7.12):
 * equal settings give equal keys, and a change anywhere in them, however deep, gives another key; a key that missed a
 * field would hand one setting's result to another.
 */
class SettingsKeyTest {

    public static class Item {
        public double rate = 1;
        public String name = "a";
    }

    public static class Settings {
        public int n = 3;
        public double[] weights = {0.5, 0.5};
        public List<Item> items = new ArrayList<>(List.of(new Item()));
        public Map<String, Object> overrides = new LinkedHashMap<>();
        public PopulationConfig.HistoryFunction mode = PopulationConfig.HistoryFunction.OWN_EPISODES;
        public static int ignored = 7;
    }

    @Test
    void equalSettingsShareAKeyAndEveryChangeMakesAnother() {
        assertEquals(SettingsKey.of(new Settings(), new DemandConfig()), SettingsKey.of(new Settings(), new DemandConfig()));
        String base = SettingsKey.of(new Settings());
        Settings s = new Settings();
        s.weights[1] = 0.6;
        assertNotEquals(base, SettingsKey.of(s), "an array element");
        s = new Settings();
        s.items.get(0).rate = 2;
        assertNotEquals(base, SettingsKey.of(s), "a field of a list element");
        s = new Settings();
        s.items.add(new Item());
        assertNotEquals(base, SettingsKey.of(s), "a list's length");
        s = new Settings();
        s.mode = PopulationConfig.HistoryFunction.CONSTANT;
        assertNotEquals(base, SettingsKey.of(s), "an enum");
        s = new Settings();
        s.n = 4;
        assertNotEquals(base, SettingsKey.of(s), "a number");
        Settings.ignored = 8;
        assertEquals(base, SettingsKey.of(new Settings()), "static fields are not settings");
        Settings.ignored = 7;
        DemandConfig d = new DemandConfig();
        d.direct.add(new DemandConfig.DirectArrivalConfig());
        assertNotEquals(SettingsKey.of(new DemandConfig()), SettingsKey.of(d), "the demand's direct arrivals");
    }

    @Test
    void mapsGiveTheSameKeyWhateverTheirOrder() {
        Settings a = new Settings(), b = new Settings();
        a.overrides.put("x", 1);
        a.overrides.put("y", "NETWORK");
        b.overrides.put("y", "NETWORK");
        b.overrides.put("x", 1);
        assertEquals(SettingsKey.of(a), SettingsKey.of(b));
        b.overrides.put("x", 2);
        assertNotEquals(SettingsKey.of(a), SettingsKey.of(b));
    }
}
