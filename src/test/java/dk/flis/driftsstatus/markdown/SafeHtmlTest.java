package dk.flis.driftsstatus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.flis.driftsstatus.ExecutableContent;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The allow-list holds even if the Markdown renderer ever passed raw HTML through. */
class SafeHtmlTest {
    @TestFactory
    Stream<DynamicTest> rawHostileHtmlIsCutToNothingExecutable() {
        return HostileNotesTest.ESCAPED.stream()
                .map(html -> DynamicTest.dynamicTest(
                        html, () -> assertEquals(List.of(), ExecutableContent.in(Jsoup.parse(SafeHtml.clean(html))))));
    }

    @Test
    void keepsTheMarkupNotesUse() {
        String html = "<p>A <strong>b</strong> <em>c</em> <code>d</code> <a href=\"sider/x.html\" title=\"t\">e</a></p>"
                + "<ul><li>f</li></ul><blockquote><p>g</p></blockquote>";
        assertEquals(html, SafeHtml.clean(html));
    }

    @Test
    void dropsScriptLinksEvenWhenObfuscated() {
        assertEquals("<a>x</a>", SafeHtml.clean("<a href=\"  JaVa&#x09;Script:alert(1)\">x</a>"));
    }
}
