package dk.flis.driftsstatus.load;

import java.nio.file.Path;

/**
 * A report's text as the edit form would write it, not saved: a check reads it in place of the file
 * at {@code file} (or as that file, when it does not exist yet), so that it says what
 * {@code ./driftsstatus check} would say if the file held this text.
 */
public record UnsavedReport(Path file, String text) {
    public UnsavedReport {
        file = file.toAbsolutePath().normalize();
    }
}
