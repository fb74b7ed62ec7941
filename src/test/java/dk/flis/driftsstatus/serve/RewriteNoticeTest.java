package dk.flis.driftsstatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.edit.CanonicalReport;
import dk.flis.driftsstatus.edit.ReportReader;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.ContentLoader;
import dk.flis.driftsstatus.load.LoadedContent;
import dk.flis.driftsstatus.load.ParsedReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What saving would change in a file not in the canonical form is named before the first save, cause by cause. */
class RewriteNoticeTest {
    private static final Path CONTENT = FixtureSite.resource("sites/small/content");

    private static List<String> notice(String text) {
        Diagnostics diagnostics = new Diagnostics();
        LoadedContent loaded =
                ContentLoader.load(new ContentFolder(CONTENT, CONTENT.getParent()), diagnostics, new ParsedReports());
        ReportReader.Read read = ReportReader.read(loaded, "r/2025-10.md", "2025-10.md", text, diagnostics)
                .orElseThrow(() -> new AssertionError(diagnostics.sorted()));
        return RewriteNotice.of(text, CanonicalReport.write(read.form()).text(), read);
    }

    private static String small() throws IOException {
        return Files.readString(CONTENT.resolve("reports/2025-10.md"));
    }

    @Test
    void aCanonicalFileNeedsNoNotice() throws IOException {
        assertEquals(List.of(), notice(small().replace("## KRL\n", "## KRL Personale\n")));
    }

    @Test
    void eachCauseIsNamed() throws IOException {
        String canonical = small().replace("## KRL\n", "## KRL Personale\n");
        assertEquals(List.of("Overskriften »## KRL« skrives som »## KRL Personale«."), notice(small()));
        assertEquals(
                List.of("Kommentarer i front matter forsvinder (linje 3: »# husk at tjekke KRL«)."),
                notice(canonical.replace("areas:\n", "# husk at tjekke KRL\nareas:\n")));
        assertEquals(
                List.of("Linjeskift skrives som LF (filen bruger CRLF)."), notice(canonical.replace("\n", "\r\n")));
        assertEquals(List.of("Filen slutter med præcis ét linjeskift."), notice(canonical + "\n"));
    }
}
