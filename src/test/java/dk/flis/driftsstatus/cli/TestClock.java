package dk.flis.driftsstatus.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Sets the commands' clock for tests in other packages: what "today" is for new, check, build and mail. */
public final class TestClock {
    private TestClock() {}

    /** Today is the day of {@code instant} (ISO-8601) until {@link #reset}. */
    public static void set(String instant) {
        ContentOptions.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    /** Back to the system clock. */
    public static void reset() {
        ContentOptions.clock = Clock.systemUTC();
    }
}
