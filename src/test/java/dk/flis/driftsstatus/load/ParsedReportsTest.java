package dk.flis.driftsstatus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

/** The preview's parse cache: unchanged files are reused, problems are reported on every load. */
class ParsedReportsTest {
    private static final String GOOD = "---\ndate: 2025-10-10\n---\n\n## Økonomi\n\nFejl.\n";
    private static final String BAD = "---\ndate: 2025-10-32\n---\n";

    @Test
    void anUnchangedFileIsNotParsedAgain() {
        ParsedReports parsed = new ParsedReports();
        ReportSource first = parsed.load("r/2025-10.md", "2025-10.md", GOOD, new Diagnostics())
                .orElseThrow();
        parsed.forgetUnused();
        assertSame(
                first,
                parsed.load("r/2025-10.md", "2025-10.md", GOOD, new Diagnostics())
                        .orElseThrow());
    }

    @Test
    void anEditedFileIsParsedAgain() {
        ParsedReports parsed = new ParsedReports();
        ReportSource first = parsed.load("r/2025-10.md", "2025-10.md", GOOD, new Diagnostics())
                .orElseThrow();
        parsed.forgetUnused();
        assertNotSame(
                first,
                parsed.load("r/2025-10.md", "2025-10.md", GOOD + "Mere.\n", new Diagnostics())
                        .orElseThrow());
    }

    @Test
    void aFileWithProblemsReportsThemOnEveryLoad() {
        ParsedReports parsed = new ParsedReports();
        for (int i = 0; i < 2; i++) {
            Diagnostics diagnostics = new Diagnostics();
            parsed.load("r/2025-10.md", "2025-10.md", BAD, diagnostics);
            parsed.forgetUnused();
            assertEquals(1, diagnostics.errorCount(), diagnostics.sorted().toString());
        }
    }
}
