package dk.flis.driftsstatus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.ExecutableContent;
import dk.flis.driftsstatus.Exhaustive;
import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue of hostile Markdown, written as a preface, a Drift note and a free page: each either
 * builds into pages with nothing executable (checked by parsing them), or is refused with a
 * diagnostic that points at it. Each payload is built without PDFs (only the pages are inspected),
 * and all of them together once with the PDF; {@code -Pexhaustive} renders the PDF for each.
 */
@Tag(Exhaustive.TAG)
class HostileNotesTest {
    private static final String[] BUILD =
            Exhaustive.enabled() ? new String[] {"build"} : new String[] {"build", "--no-pdf"};

    /** Raw HTML and tricks that must come out as harmless text or plain markup. */
    static final List<String> ESCAPED = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">raw link</a>",
            "<a href=\"&#106;avascript:alert(1)\">entity raw link</a>",
            "<svg onload=alert(1)><script>alert(1)</script></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<math href=\"javascript:alert(1)\">x</math>",
            "<!-- --><script>alert(1)</script><!-- -->",
            "--><script>alert(1)</script>",
            "<![CDATA[</p><script>alert(1)</script>]]>",
            "]]><script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "&#60;script&#62;alert(1)&#60;/script&#62;",
            "&amp;lt;script&amp;gt;alert(1)",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<details open ontoggle=alert(1)>x</details>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<div style=\"width:expression(alert(1))\">x</div>",
            "<base href=\"javascript:alert(1)//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=\"https://evil.example/x.css\">",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
            "</p></td></tr></table></main><script>alert(1)</script>",
            "**<b onclick=alert(1)>bold</b>**",
            "`<script>alert(1)</script>`",
            "    <script>alert(1)</script>",
            "```html\n<script>alert(1)</script>\n```",
            "[title](https://example.com \"t\\\" onmouseover=\\\"alert(1)\")",
            "[ok](https://example.com)<script>alert(1)</script>",
            "<https://example.com/\"onmouseover=\"alert(1)>",
            "[pct](%6Aavascript:alert(1))",
            "<x onmouseover=alert(1)>hover</x>",
            "\"><script>alert(1)</script>",
            "'><img src=x onerror=alert(1)>");

    /** Markdown links and images that must be refused, with the column the diagnostic points at. */
    static final List<String> REFUSED = List.of(
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](java&#x09;script:alert(1))",
            "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](DATA:text/html,<script>alert(1)</script>)",
            "<javascript:alert(1)>",
            "[x][r]\n\n[r]: javascript:alert(1)",
            "[x](file:///etc/passwd)",
            "![x](https://evil.example/x.png)",
            "![x](../../etc/passwd)",
            "![x](data:image/svg+xml,<svg onload=alert(1)>)");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> escapedPayloadsBuildIntoPagesWithNothingExecutable() {
        return ESCAPED.stream()
                .map(payload -> DynamicTest.dynamicTest(payload, () -> {
                    FixtureSite site = siteWith(payload, temp.resolve("e" + ESCAPED.indexOf(payload)));
                    FixtureSite.Run run = site.run(BUILD);
                    assertEquals(0, run.exitCode(), run.err());
                    assertEquals(List.of(), ExecutableContent.inSite(site.path("site")));
                }));
    }

    @Test
    void everyEscapedPayloadAtOnceAlsoBuildsIntoThePdf() throws IOException {
        FixtureSite site = siteWith(String.join("\n\n", ESCAPED), temp);
        FixtureSite.Run run = site.run("build");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(Files.size(site.path("site/pdf/driftsstatus-2025-10.pdf")) > 0);
        assertEquals(List.of(), ExecutableContent.inSite(site.path("site")));
    }

    @TestFactory
    Stream<DynamicTest> scriptLinksAndImagesAreRefusedWithTheirPosition() {
        return REFUSED.stream()
                .map(payload -> DynamicTest.dynamicTest(payload, () -> {
                    FixtureSite site = siteWith(payload, temp.resolve("r" + REFUSED.indexOf(payload)));
                    FixtureSite.Run run = site.run("build");
                    assertEquals(1, run.exitCode(), run.err());
                    List<String> headlines = run.headlines();
                    assertTrue(
                            headlines.stream()
                                    .anyMatch(h -> h.matches("content/reports/2025-10\\.md:(9|1[01]):\\d+: fejl: .*")),
                            "preface refused: " + headlines);
                    assertTrue(
                            headlines.stream()
                                    .anyMatch(h -> h.matches("content/reports/2025-10\\.md:1[3-9]:\\d+: fejl: .*")),
                            "note refused: " + headlines);
                    assertTrue(
                            headlines.stream().anyMatch(h -> h.matches("content/pages/om\\.md:[4-9]:\\d+: fejl: .*")),
                            "page refused: " + headlines);
                    assertTrue(Files.notExists(site.path("site")), "nothing published");
                }));
    }

    @Test
    void scriptLinkDiagnosticPointsAtTheTargetAndSaysWhy() throws IOException {
        FixtureSite site = siteWith("Se [her](javascript:alert(1)).", temp);
        FixtureSite.Run run = site.run("check");
        assertTrue(
                run.headlines()
                        .contains("content/reports/2025-10.md:13:10: fejl: Et »javascript:«-link kan køre kode i "
                                + "læserens browser."),
                run.err());
        assertTrue(run.err().contains("tip: Link kun til websider"), run.err());
    }

    @Test
    void linksToOtherHostsGetNoopenerAndLocalLinksDoNot() throws IOException {
        FixtureSite site =
                siteWith("[ude](https://example.com/x) og [hjemme](../sider/om.html) og [mail](mailto:a@b.dk)", temp);
        assertEquals(0, site.run("build", "--no-pdf").exitCode());
        Element note = Jsoup.parse(Files.readString(site.path("site/rapporter/2025-10.html")));
        assertEquals(
                "noopener noreferrer",
                note.selectFirst("a[href=\"https://example.com/x\"]").attr("rel"));
        assertEquals("", note.selectFirst("a[href=\"../sider/om.html\"]").attr("rel"));
        assertEquals("", note.selectFirst("a[href=\"mailto:a@b.dk\"]").attr("rel"));
    }

    /** The small site with {@code payload} as the preface (line 9), the Økonomi note (line 13) and the page body (line 4). */
    private static FixtureSite siteWith(String payload, Path dir) throws IOException {
        FixtureSite site = FixtureSite.of("small", dir);
        Path report = site.path("content/reports/2025-10.md");
        Files.writeString(
                report,
                Files.readString(report)
                        .replace("Månedens bemærkning: *alt* er som før.", payload)
                        .replace("Fejl i data fra **én** kommune.", payload));
        Files.writeString(site.path("content/pages/om.md"), "---\ntitle: Om driftsstatus\n---\n" + payload + "\n");
        return site;
    }
}
