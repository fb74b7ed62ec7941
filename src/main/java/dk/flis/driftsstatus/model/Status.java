package dk.flis.driftsstatus.model;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the status vocabulary in {@code site.json}: how an area runs, with the Danish label,
 * the Drift text shown when no note is written, a severity for ordering, a colour and an icon.
 */
public record Status(String key, String label, String defaultText, int severity, String colour, String icon) {
    public static final String OK = "ok";
    public static final String NOTICE = "notice";
    public static final String PARTIAL = "partial";
    public static final String DELAYED = "delayed";
    public static final String DOWN = "down";
    public static final String RETIRED = "retired";
    public static final String NONE = "none";

    /** The keys the program itself gives meaning to; site.json must define them all. */
    public static final List<String> BUILT_IN = List.of(OK, NOTICE, PARTIAL, DELAYED, DOWN, RETIRED, NONE);

    public Status {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(defaultText, "defaultText");
        Objects.requireNonNull(colour, "colour");
        icon = icon == null ? "" : icon;
    }

    /** Whether an area in this status needs a reader's attention ("ok" and "none" do not). */
    public boolean isProblem() {
        return !key.equals(OK) && !key.equals(NONE);
    }
}
