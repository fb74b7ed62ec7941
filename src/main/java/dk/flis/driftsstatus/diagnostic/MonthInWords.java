package dk.flis.driftsstatus.diagnostic;

import java.time.YearMonth;

/** A month as a message argument, worded in the catalogue's language: "oktober 2025", "October 2025". */
public record MonthInWords(YearMonth month) {}
