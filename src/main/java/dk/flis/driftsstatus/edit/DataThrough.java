package dk.flis.driftsstatus.edit;

import java.time.YearMonth;

/** The "Data t.o.m." choice of one area: the rule, an earlier month, or no data ("-"). */
public sealed interface DataThrough {
    /** The month the area's rule gives; nothing is written. */
    record ByRule() implements DataThrough {}

    /** A month before the rule: written {@code data-through: YYYY-MM}. */
    record Month(YearMonth month) implements DataThrough {
        public Month {
            java.util.Objects.requireNonNull(month, "month");
        }
    }

    /** No data: written {@code data-through: null}. */
    record NoData() implements DataThrough {}

    /** The rule, as one shared value. */
    DataThrough BY_RULE = new ByRule();

    /** No data, as one shared value. */
    DataThrough NO_DATA = new NoData();
}
