package dk.flis.driftsstatus.edit;

/**
 * One control of the form: its kind and, for an area's controls, the area id. {@link #name()} is the
 * submitted field's name, {@link #id()} the control's HTML id; both are a contract between the
 * decoder, the page and its script.
 */
public record FieldRef(Kind kind, String areaId) {
    /** The kinds of controls. */
    public enum Kind {
        DATE,
        PREFACE,
        STATUS,
        DATA_THROUGH,
        NOTE
    }

    public FieldRef {
        areaId = areaId == null ? "" : areaId;
    }

    /** The date field. */
    public static final FieldRef DATE = new FieldRef(Kind.DATE, "");

    /** The preface field. */
    public static final FieldRef PREFACE = new FieldRef(Kind.PREFACE, "");

    /** The name the form submits it under: {@code date}, {@code status.okonomi}, … */
    public String name() {
        return switch (kind) {
            case DATE -> "date";
            case PREFACE -> "preface";
            case STATUS -> "status." + areaId;
            case DATA_THROUGH -> "dataThrough." + areaId;
            case NOTE -> "note." + areaId;
        };
    }

    /** The control's HTML id: {@code date}, {@code status-okonomi}, {@code note-okonomi}, … */
    public String id() {
        return switch (kind) {
            case DATE -> "date";
            case PREFACE -> "preface";
            case STATUS -> "status-" + areaId;
            case DATA_THROUGH -> "data-" + areaId;
            case NOTE -> "note-" + areaId;
        };
    }
}
