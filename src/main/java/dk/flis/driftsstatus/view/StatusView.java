package dk.flis.driftsstatus.view;

import dk.flis.driftsstatus.model.Status;
import freemarker.template.utility.StringUtil;

/** A status as shown: key (for CSS classes), Danish label, colour and icon. */
public record StatusView(String key, String label, String colour, String icon, boolean problem) {
    /** The status as the templates show it. */
    public static StatusView of(Status status) {
        return new StatusView(status.key(), status.label(), status.colour(), status.icon(), status.isProblem());
    }

    /** The status's default text as HTML, where a note would stand when none was written: one paragraph. */
    static String defaultTextHtml(Status status) {
        return "<p>" + StringUtil.XMLEncNA(status.defaultText()) + "</p>";
    }
}
