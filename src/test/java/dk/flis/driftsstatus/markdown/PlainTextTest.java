package dk.flis.driftsstatus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A rendered note as the email's plain text: paragraphs, lists, quotes, breaks and links kept readable. */
class PlainTextTest {
    private static String of(String markdown) {
        return PlainText.of(Markdown.instance().render(markdown).html());
    }

    @Test
    void paragraphsAreApartByABlankLineAndEmphasisIsPlain() {
        assertEquals(
                "Første afsnit med fed og kursiv.\n\nAndet afsnit.",
                of("Første afsnit med **fed** og *kursiv*.\n\nAndet afsnit."));
    }

    @Test
    void listsKeepTheirMarkersAndNesting() {
        assertEquals(
                "Kommuner:\n\n- København\n- Aarhus\n  - Nord\n  - Syd",
                of("Kommuner:\n\n- København\n- Aarhus\n  - Nord\n  - Syd"));
        assertEquals("1. Først\n2. Så", of("1. Først\n2. Så"));
    }

    @Test
    void linksShowTheirAddressUnlessTheTextIsTheAddress() {
        assertEquals(
                "Se driftsinfo (https://flis.dk/drift) eller https://flis.dk eller drift@flis.dk.",
                of("Se [driftsinfo](https://flis.dk/drift) eller <https://flis.dk> eller <drift@flis.dk>."));
    }

    @Test
    void quotesAndLineBreaksAreKept() {
        assertEquals("> Citat\n\nLinje et\nlinje to", of("> Citat\n\nLinje et  \nlinje to"));
    }
}
