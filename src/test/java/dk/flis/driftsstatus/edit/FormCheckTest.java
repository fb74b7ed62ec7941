package dk.flis.driftsstatus.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.Exhaustive;
import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.LoadedContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checking a submitted form without saving: the check's diagnostics at their fields, and the round-trip guard. */
class FormCheckTest {
    @TempDir
    Path temp;

    private FixtureSite site;
    private Path file;
    private LoadedContent loaded;
    private Map<String, String> fields;

    @BeforeEach
    void formOfTheSmallOctober() throws IOException {
        site = FixtureSite.of("small", temp);
        file = site.path("content/reports/2025-10.md");
        loaded = ReportFormRoundTripTest.load(site.path("content"));
        ReportForm form = ReportFormRoundTripTest.read(loaded, file, Files.readString(file, StandardCharsets.UTF_8))
                .form();
        fields = new LinkedHashMap<>();
        fields.put("date", form.date().toString());
        fields.put("preface", form.preface());
        for (AreaFields area : form.areas()) {
            String id = area.area().id();
            fields.put("status." + id, area.status());
            fields.put(
                    "dataThrough." + id,
                    area.dataThrough() instanceof DataThrough.Month m
                            ? m.month().toString()
                            : area.dataThrough() instanceof DataThrough.NoData ? "none" : "rule");
            fields.put("note." + id, area.note());
        }
    }

    private FormCheck.Outcome check() throws Exception {
        FormFields.Decoded decoded = FormFields.decode(
                fields, loaded.site().orElseThrow(), loaded.registry().orElseThrow(), java.time.YearMonth.of(2025, 10));
        return new FormCheck(new ContentFolder(site.path("content"), site.root())).run(decoded, file);
    }

    @Test
    void anUnchangedFormChecksCleanAndMaySave() throws Exception {
        FormCheck.Outcome outcome = check();
        assertTrue(outcome.canSave());
        assertEquals(List.of(), outcome.diagnostics().thisReport());
    }

    @Test
    void aJavascriptLinkIsAnErrorAtItsNoteWithThePositionInTheNote() throws Exception {
        fields.put("note.borger", "Se [her](javascript:alert(1)).");
        FormCheck.Outcome outcome = check();
        assertFalse(outcome.canSave());
        List<FieldDiagnostics.Placed> at = outcome.diagnostics().at("note-borger");
        assertEquals(1, at.size(), outcome.diagnostics().toString());
        assertTrue(at.get(0).diagnostic().message(Catalogue.danish()).contains("javascript:"), at.toString());
        assertEquals(1, at.get(0).fieldLine());
    }

    @Test
    void aLevelTwoHeadingInANoteIsRefusedAtThatNote() throws Exception {
        fields.put("note.okonomi", "Fejl i data.\n\n## Borger\n\nFlyttet tekst.");
        FormCheck.Outcome outcome = check();
        assertFalse(outcome.canSave());
        List<FieldDiagnostics.Placed> at = outcome.diagnostics().at("note-okonomi");
        assertEquals(1, at.size(), outcome.diagnostics().toString());
        assertTrue(
                at.get(0)
                        .diagnostic()
                        .message(Catalogue.danish())
                        .contains("overskrift på niveau 2 (linje 3: »## Borger«)"),
                at.toString());
    }

    @Test
    void aSetextUnderlineInANoteIsRefusedAtThatNote() throws Exception {
        fields.put("note.okonomi", "Fejl i data.\n\nBorger\n---\nMere.");
        FormCheck.Outcome outcome = check();
        assertFalse(outcome.canSave());
        List<FieldDiagnostics.Placed> at = outcome.diagnostics().at("note-okonomi");
        assertEquals(1, at.size(), outcome.diagnostics().toString());
        assertTrue(at.get(0).diagnostic().message(Catalogue.danish()).contains("»---«"), at.toString());
    }

    @Test
    void aDateOutsideTheMonthIsAnErrorAtTheDate() throws Exception {
        fields.put("date", "2025-11-10");
        FormCheck.Outcome outcome = check();
        assertFalse(outcome.canSave());
        assertEquals(
                1,
                outcome.diagnostics().at("date").size(),
                outcome.diagnostics().toString());
        fields.put("date", "10/10");
        assertEquals("date", check().diagnostics().thisReport().get(0).field());
    }

    @Test
    void aStatusWithoutANoteIsAWarningAtItsStatusAndMaySave() throws Exception {
        fields.put("status.borger", "partial");
        FormCheck.Outcome outcome = check();
        assertTrue(outcome.canSave());
        assertEquals(1, outcome.diagnostics().warnings(), outcome.diagnostics().toString());
        assertEquals("status-borger", outcome.diagnostics().thisReport().get(0).field());
    }

    @Test
    void valuesNoPageOffersAreRefusedAsTampering() {
        fields.put("status.borger", "parital");
        assertThrows(FormFields.Tampered.class, this::check);
        fields.put("status.borger", "ok");
        fields.put("dataThrough.borger", "2025-09");
        assertThrows(FormFields.Tampered.class, this::check, "later than the rule");
        fields.put("dataThrough.borger", "rule");
        fields.put("file", "../../x");
        assertThrows(FormFields.Tampered.class, this::check);
    }

    /**
     * Notes drawn from snippets that can change a file's structure: every form is either refused at
     * a field, or saved and read back as exactly itself. Replay with {@code -Ddriftsstatus.editSeed=N};
     * 30 forms, 300 with {@code -Pexhaustive}.
     */
    @Test
    @org.junit.jupiter.api.Tag(Exhaustive.TAG)
    void everyRandomFormIsRefusedAtAFieldOrReadsBackAsItself() throws Exception {
        String[] snippets = {
            "## Aula",
            "## Borger",
            "---",
            "===",
            "    indrykket",
            "Tekst",
            "",
            "### Under",
            "* punkt",
            "1. første",
            "> citat",
            "[link](https://example.dk)",
            "[x](javascript:alert(1))",
            "```",
            "<script>x</script>",
            "##",
            "# Overskrift",
            "Linje med to mellemrum  ",
            "\t",
            "&#0;",
            "Borger\n---",
            "\r\n",
            "***",
            "- - -"
        };
        long seed = Long.getLong("driftsstatus.editSeed", 20251010L);
        java.util.Random random = new java.util.Random(seed);
        LoadedContent loadedNow = ReportFormRoundTripTest.load(site.path("content"));
        FormCheck checker = new FormCheck(new ContentFolder(site.path("content"), site.root()));
        int rounds = Exhaustive.count("driftsstatus.editRounds", 30, 300);
        for (int round = 0; round < rounds; round++) {
            StringBuilder note = new StringBuilder();
            for (int line = random.nextInt(5); line >= 0; line--) {
                note.append(snippets[random.nextInt(snippets.length)]).append(random.nextBoolean() ? "\n" : "\n\n");
            }
            String area = random.nextBoolean() ? "note.okonomi" : "note.borger";
            fields.put(area, note.toString());
            FormFields.Decoded decoded = FormFields.decode(
                    fields,
                    loadedNow.site().orElseThrow(),
                    loadedNow.registry().orElseThrow(),
                    java.time.YearMonth.of(2025, 10));
            FormCheck.Outcome outcome = checker.run(decoded, file);
            String context = "seed " + seed + ", round " + round + ": " + note;
            if (outcome.canSave()) {
                ReportForm back = ReportFormRoundTripTest.read(
                                loadedNow, file, outcome.canonical().text())
                        .form();
                assertEquals(decoded.form(), back, context);
            } else {
                assertTrue(
                        outcome.diagnostics().thisReport().stream()
                                .anyMatch(p ->
                                        p.diagnostic().isError() && !p.field().isEmpty()),
                        context + " -> " + outcome.diagnostics());
            }
            fields.put(area, "");
        }
    }
}
