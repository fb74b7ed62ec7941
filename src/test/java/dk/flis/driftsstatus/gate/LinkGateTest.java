package dk.flis.driftsstatus.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Gate: every internal link and fragment of the generated sites resolves. */
class LinkGateTest {

    @Test
    void everyInternalLinkAndFragmentResolves() {
        Path root = GateSites.root();
        LinkChecker checker = new LinkChecker(root);
        List<String> pages = GateSites.htmlPages();
        List<LinkChecker.BrokenLink> broken =
                pages.stream().flatMap(p -> checker.check(p).stream()).toList();
        assertTrue(pages.size() > 40, "both sites, every page: " + pages.size());
        assertTrue(broken.isEmpty(), broken.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void everyFeedLinkResolvesFromTheFeedsFolder() throws IOException {
        Path root = GateSites.root();
        LinkChecker checker = new LinkChecker(root);
        List<String> broken = new ArrayList<>();
        for (String site : GateSites.NAMES) {
            Path feed = root.resolve(site).resolve("feed.xml");
            for (Element link :
                    Jsoup.parse(Files.readString(feed), "", Parser.xmlParser()).select("link")) {
                String reason = checker.reason(feed, link.attr("href"));
                if (reason != null) {
                    broken.add(site + "/feed.xml: " + link.attr("href") + ": " + reason);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyLinkInTheOpenDataResolvesFromTheDataFolder() throws IOException {
        Path root = GateSites.root();
        LinkChecker checker = new LinkChecker(root);
        ObjectMapper json = new ObjectMapper();
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (String site : GateSites.NAMES) {
            List<Path> files;
            try (var list = Files.list(root.resolve(site).resolve("data"))) {
                files = list.filter(f ->
                                f.toString().endsWith(".json") && !f.toString().endsWith(".schema.json"))
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                JsonNode month = json.readTree(file.toFile());
                List<String> targets = new ArrayList<>(
                        List.of(month.get("$schema").asText(), month.get("page").asText()));
                if (!month.get("pdf").isNull()) {
                    targets.add(month.get("pdf").asText());
                }
                month.get("areas").forEach(area -> targets.add(area.get("row").asText()));
                for (String target : targets) {
                    links++;
                    String reason = checker.reason(file, target);
                    if (reason != null) {
                        broken.add(site + "/data/" + file.getFileName() + ": " + target + ": " + reason);
                    }
                }
            }
        }
        assertTrue(links > 100, "the JSON of both sites: " + links);
        assertEquals(List.of(), broken);
    }

    @Test
    void plantedBrokenLinkAndFragmentFailTheGate() {
        String page =
                GateSites.plantFault("links", "history/index.html", "href=\"arkiv.html\"", "href=\"arkiv-gone.html\"");
        LinkChecker checker = new LinkChecker(GateSites.root());
        assertEquals(
                List.of("target does not exist: faulty-links/history/arkiv-gone.html"),
                checker.check(page).stream().map(LinkChecker.BrokenLink::reason).toList());
        String fragment = GateSites.plantFault(
                "fragments",
                "history/index.html",
                "\"attention-area\"><a href=\"#omraade-aula\"",
                "\"attention-area\"><a href=\"#omraade-gone\"");
        assertEquals(
                List.of("no element with id \"omraade-gone\" in faulty-fragments/history/index.html"),
                checker.check(fragment).stream()
                        .map(LinkChecker.BrokenLink::reason)
                        .toList());
    }
}
