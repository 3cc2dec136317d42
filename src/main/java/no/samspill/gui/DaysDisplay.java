package no.samspill.gui;

import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's {@link Display2D} with a "redraw every n days" rule: the display's own "every n units of model time" rule,
 * whose fields MASON 18 keeps protected. Long runs stay fast when the view is redrawn once a week or a month.
 */
final class DaysDisplay extends Display2D {
    private static final long serialVersionUID = 1L;

    DaysDisplay(double width, double height, GUIState gui) { super(width, height, gui); }

    void everyDays(int days) {
        updateRule = UPDATE_RULE_INTERNAL_TIME;
        timeInterval = Math.max(1, days);
    }
}
