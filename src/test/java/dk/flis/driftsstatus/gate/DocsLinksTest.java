package dk.flis.driftsstatus.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gate: every relative link in README.md and docs/*.md points at a file that exists, and every
 * {@code #anchor} at a heading of its page, named as GitHub names it; external links are not followed.
 */
class DocsLinksTest {
    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern HTML_ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Test
    void everyRelativeLinkAndAnchorInTheDocumentationResolves() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        List<Path> pages = documentation(project);
        assertTrue(pages.size() >= 5, "README.md and the docs/ pages: " + pages);
        assertTrue(pages.contains(project.resolve("docs/redaktoer.md")), "the editors' guide exists");
        assertEquals(List.of(), brokenLinks(project, pages));
    }

    @Test
    void aMissingFileOrAnchorIsReported(@TempDir Path temp) throws IOException {
        Files.createDirectories(temp.resolve("docs"));
        Files.writeString(
                temp.resolve("README.md"),
                "# Top\n\n[guide](docs/guide.md#første-trin) [gone](docs/gone.md) [here](#top)\n"
                        + "[wrong](#nowhere) [web](https://example.dk/x.md) [mail](mailto:a@example.dk)\n"
                        + "```\n[in code](docs/not-a-link.md)\n```\n");
        Files.writeString(
                temp.resolve("docs/guide.md"),
                "# Guide\n\n## Første trin\n\n[back](../README.md#top) [lost](../README.md#bottom)\n");
        List<String> broken = brokenLinks(temp, documentation(temp));
        assertEquals(
                List.of(
                        "README.md: docs/gone.md: no such file",
                        "README.md: #nowhere: no such heading",
                        "docs/guide.md: ../README.md#bottom: no such heading"),
                broken);
    }

    @Test
    void anchorsAreNamedAsGitHubNamesThem() {
        assertEquals("data-tom-og-reglen", slug("Data t.o.m. og reglen"));
        assertEquals("rediger-i-browseren-kommer-snart", slug("Rediger i browseren (kommer snart)"));
        assertEquals("7-send-mailen", slug("7. Send mailen"));
        assertEquals("check---format-json", slug("`check --format json`"));
        assertEquals("contentreportsyyyy-mmmd", slug("`content/reports/YYYY-MM.md`"));
        assertEquals("eksempel-1-problemet-er-løst", slug("Eksempel 1: Problemet er løst"));
        assertEquals("the-monthly-email-mail-in-sitejson", slug("The monthly email (`mail` in `site.json`)"));
    }

    /** README.md and every Markdown page under docs/, relative to the project. */
    private static List<Path> documentation(Path project) throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(project.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(project.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** One line per broken link: page, target, reason. */
    private static List<String> brokenLinks(Path project, List<Path> pages) throws IOException {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            for (String target : linkTargets(parse(page))) {
                String reason = reason(page, target, anchors);
                if (reason != null) {
                    broken.add(project.relativize(page).toString().replace('\\', '/') + ": " + target + ": " + reason);
                }
            }
        }
        return broken;
    }

    private static String reason(Path page, String target, Map<Path, Set<String>> anchors) throws IOException {
        if (target.isEmpty() || target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("//")) {
            return null; // external (https:, mailto:, …): not followed
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty()
                ? page
                : page.getParent()
                        .resolve(URLDecoder.decode(file, StandardCharsets.UTF_8))
                        .normalize();
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (hash < 0) {
            return null;
        }
        String anchor = URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
        if (!resolved.toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        Set<String> known = anchors.get(resolved);
        if (known == null) {
            known = anchorsOf(parse(resolved), Files.readString(resolved));
            anchors.put(resolved, known);
        }
        return known.contains(anchor) ? null : "no such heading";
    }

    private static Document parse(Path page) throws IOException {
        return PARSER.parse(Files.readString(page, StandardCharsets.UTF_8));
    }

    private static List<String> linkTargets(Node document) {
        List<String> targets = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                targets.add(link.getUrl().toString());
            } else if (node instanceof Image image) {
                targets.add(image.getUrl().toString());
            }
        }
        return targets;
    }

    /** The anchors GitHub gives a page: one per heading (repeats numbered -1, -2, …), plus HTML ids. */
    private static Set<String> anchorsOf(Node document, String text) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String slug = slug(heading.getText().toString());
                int repeat = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(repeat == 0 ? slug : slug + "-" + repeat);
            }
        }
        Matcher ids = HTML_ID.matcher(text);
        while (ids.find()) {
            anchors.add(ids.group(1));
        }
        return anchors;
    }

    /** GitHub's anchor for a heading: its text lower-cased, punctuation dropped, spaces made hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}\\p{M}_\\- ]", "")
                .replace(' ', '-');
    }
}
