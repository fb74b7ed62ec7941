package dk.flis.driftsstatus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A report body's HTML is rendered only when a page asks for it, so what {@code check} decides
 * without it must hold for the rendering it skipped: the letters of a note's plain text, and that a
 * body the renderer cannot finish is reported when the body is split, not later in a build.
 */
class LazySectionsTest {
    /** Markdown the letter count must see through, or refuse to guess about. */
    private static final List<String> TRICKY = List.of(
            "Kører efter planen.",
            "**Kører** efter _planen_!",
            "# Kører efter planen\n\nog mere",
            "Kører efter planen\n===\n\nSetext\n---",
            "1. Først\n2) Så\n\n- a\n+ b\n* c",
            "> Citat med **fed**\n>\n> > dybere",
            "    indrykket kode med bogstaver\n\tog tab",
            "Linje et  \nlinje to\\\nlinje tre",
            "***\n---\n___",
            "İstanbul Σίσυφος ǅemal ß ﬁ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 emoji 😀 æøå ÆØÅ",
            "Nul \u0000 tegn og \u00A0 hårdt mellemrum",
            "* * *\n\n- [ ] ikke en opgave\n- [x] heller ikke",
            "[Kører efter planen](https://flis.dk \"titel\")",
            "![billede](x.png) og [ref]\n\n[ref]: https://flis.dk",
            "Kører efter &#112;lanen &auml; &amp;",
            "<b>rå</b> html <https://flis.dk> <drift@flis.dk>",
            "`kode` og\n\n```java\nkode\n```\n\n~~~sprog\nx\n~~~",
            "Escapes \\* \\_ \\# \\\\",
            "## Indre overskrift i en note\n\ntekst",
            "> ## Overskrift i citat\n>\n> tekst");

    @Test
    void theLetterCountFromMarkdownIsThatOfTheRenderedText() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (String note : TRICKY) {
            bodies.add("Forord " + note + "\n\n## Område\n\n" + note + "\n\n## Næste\n\nSlut.\n");
        }
        bodies.addAll(reportBodies());
        int known = 0;
        for (String body : bodies) {
            for (Markdown.Section section : Markdown.instance().sections(body).sections()) {
                OptionalInt letters = PlainText.lettersWhenRendered(section.markdown());
                if (letters.isPresent()) {
                    known++;
                    assertEquals(
                            PlainText.letters(section.plainText()),
                            letters.getAsInt(),
                            () -> section.markdown() + " → " + section.plainText());
                    String lower = section.plainText().toLowerCase(Locale.ROOT);
                    assertEquals(PlainText.letters(section.plainText()), PlainText.letters(lower), lower);
                }
            }
        }
        assertTrue(known > 100, "only " + known + " notes had a letter count");
    }

    @Test
    void markdownThatCanHideOrAddLettersIsNotCounted() {
        for (String note : List.of(
                "[a](b)",
                "![a](b)",
                "[a]",
                "&auml;",
                "<b>",
                "<https://x>",
                "\\a",
                "`a`",
                "```a\nb\n```",
                "~~~a\nb\n~~~")) {
            assertFalse(PlainText.lettersWhenRendered(note).isPresent(), note);
        }
    }

    @Test
    void aBodyTooDeepToRenderIsReportedWhenItIsSplit() {
        for (int depth : new int[] {Markdown.EAGER_DEPTH - 1, Markdown.EAGER_DEPTH + 1, 1_000}) {
            for (String nested : List.of(
                    "> ".repeat(depth) + "x",
                    "- ".repeat(depth) + "x",
                    "> - ".repeat(depth / 2) + "x",
                    "*a ".repeat(depth) + "x" + " b*".repeat(depth))) {
                Markdown.Sections sections = Markdown.instance().sections("Forord\n\n## Område\n\n" + nested + "\n");
                boolean reported = sections.problems().stream()
                        .anyMatch(p -> p.message().key().equals("nested-too-deeply.message"));
                if (!reported) {
                    // Not reported now, so a page must be able to render it later.
                    sections.prefaceHtml();
                    sections.sections().forEach(Markdown.Section::html);
                }
            }
        }
    }

    @Test
    void sectionsRenderTheSameWhicheverIsAskedFirst() {
        String body = "Forord med [link][r].\n\n## A\n\nEt [link][r].\n\n## B\n\n*To*\n\n[r]: https://flis.dk\n";
        Markdown.Sections first = Markdown.instance().sections(body);
        Markdown.Sections second = Markdown.instance().sections(body);
        String lastFirst = second.sections().get(1).html();
        assertEquals(first.prefaceHtml(), second.prefaceHtml());
        assertEquals(first.sections().get(0).html(), second.sections().get(0).html());
        assertEquals(first.sections().get(1).html(), lastFirst);
        assertTrue(
                first.sections().get(0).html().contains("href=\"https://flis.dk\""),
                first.sections().get(0).html());
        assertEquals("", Markdown.instance().sections("## A\n\nx\n").prefaceHtml());
    }

    /** The bodies of every report in the fixtures and the real content. */
    private static List<String> reportBodies() throws IOException {
        List<String> bodies = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("content"))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".md")
                                && f.getParent().getFileName().toString().equals("reports"))
                        .forEach(f -> bodies.add(bodyOf(f)));
            }
        }
        return bodies;
    }

    private static String bodyOf(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
            return end < 0 ? text : text.substring(end + 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
