package dk.flis.driftsstatus.edit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One month's report as the form holds it: the date, the preface and every area active that month,
 * in registry order. A data-through month equal to the area's rule is the rule, so that one meaning
 * has one value (the round trip compares forms).
 */
public record ReportForm(YearMonth month, LocalDate date, String preface, List<AreaFields> areas) {
    public ReportForm {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(date, "date");
        preface = Text.normal(preface);
        areas = areas.stream().map(a -> byRuleWhenEqual(a, month)).toList();
    }

    private static AreaFields byRuleWhenEqual(AreaFields fields, YearMonth month) {
        if (fields.dataThrough() instanceof DataThrough.Month m
                && m.month().equals(fields.area().expectedDataThrough(month))) {
            return new AreaFields(fields.area(), fields.status(), DataThrough.BY_RULE, fields.note());
        }
        return fields;
    }

    /** The fields of the area with {@code id}, if it is part of this month. */
    public java.util.Optional<AreaFields> area(String id) {
        return areas.stream().filter(a -> a.area().id().equals(id)).findFirst();
    }
}
