package dk.flis.driftsstatus.render.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.flis.driftsstatus.FixtureSite;
import dk.flis.driftsstatus.load.SiteConfigLoader;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open data of the 14-month fixture: the CSV, read back with a CSV parser, has one row per month
 * × area and says, cell by cell, what the month pages' tables say; every JSON file validates against
 * the schema published beside it; and the archive links them.
 */
class OpenDataTest {
    private static final Pattern BEHIND = Pattern.compile("\\((\\d+) måned(?:er)? forsinket – normalt (\\S+)\\)");

    @TempDir
    static Path temp;

    static FixtureSite site;
    static Path data;
    static SiteConfig config;

    @BeforeAll
    static void build() throws IOException {
        site = FixtureSite.of("history", temp);
        FixtureSite.Run run = site.run("build", "--no-pdf");
        assertEquals(0, run.exitCode(), run.err());
        data = site.path("site/data");
        config = SiteConfigLoader.load(
                        "site.json",
                        Files.readString(site.path("content/site.json")),
                        new dk.flis.driftsstatus.diagnostic.Diagnostics())
                .orElseThrow();
    }

    @Test
    void theCsvIsWhatDanishExcelOpensOnADoubleClick() throws IOException {
        byte[] bytes = Files.readAllBytes(data.resolve("driftsstatus.csv"));
        assertArrayEquals(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 with a BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(
                text.startsWith("\"Måned\";\"Rapportdato\";\"Gruppe\";\"Område-id\";\"Dataområde\";\"Status-id\";"
                        + "\"Status\";\"Data t.o.m.\";\"Normalt data t.o.m.\";\"Måneder forsinket\";\"Note\"\r\n"),
                text);
        for (String line : text.split("\r\n")) {
            assertTrue(line.matches("\"[^\"]*\"(;\"[^\"]*\"){10}"), "eleven quoted fields, ; apart: " + line);
        }
        assertFalse(text.replace("\r\n", "").contains("\n"), "lines end in CRLF");
    }

    @Test
    void theCsvHasOneRowPerMonthAndAreaAndAgreesCellByCellWithTheMonthPages() throws IOException {
        List<Map<String, String>> rows = csvRows();
        int cells = 0;
        int rowIndex = 0;
        for (Path file : monthPages()) {
            String month = file.getFileName().toString().replace(".html", "");
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            String date = page.selectFirst("time").attr("datetime");
            for (Element group : page.select("table.status-table tbody")) {
                String groupName = group.selectFirst("tr.group-row th").text();
                for (Element tr : group.select("tr[id^=omraade-]")) {
                    Map<String, String> row = rows.get(rowIndex++);
                    String where = month + " " + tr.id() + ": " + row;
                    assertEquals(month, row.get("Måned"), where);
                    assertEquals(date, row.get("Rapportdato"), where);
                    assertEquals(groupName, row.get("Gruppe"), where);
                    assertEquals(tr.id(), "omraade-" + row.get("Område-id"), where);
                    assertEquals(tr.selectFirst("th[scope=row] a").text(), row.get("Dataområde"), where);
                    assertTrue(tr.hasClass("status-" + row.get("Status-id")), where);
                    assertEquals(tr.selectFirst("td.drift .status").ownText().strip(), row.get("Status"), where);
                    Element through = tr.selectFirst("td.data-through");
                    assertEquals(through.ownText().strip(), label(row.get("Data t.o.m.")), where);
                    Element behind = through.selectFirst(".behind");
                    if (behind != null) {
                        Matcher m = BEHIND.matcher(behind.text());
                        assertTrue(m.matches(), behind.text());
                        assertEquals(m.group(1), row.get("Måneder forsinket"), where);
                        assertEquals(m.group(2), label(row.get("Normalt data t.o.m.")), where);
                    } else {
                        assertEquals(row.get("Data t.o.m.").isEmpty() ? "" : "0", row.get("Måneder forsinket"), where);
                        if (!row.get("Data t.o.m.").isEmpty()) {
                            assertEquals(row.get("Data t.o.m."), row.get("Normalt data t.o.m."), where);
                        }
                    }
                    String drift = tr.selectFirst("td.drift .note").text();
                    Status status = config.status(row.get("Status-id"));
                    assertEquals(drift, row.get("Note").isEmpty() ? status.defaultText() : row.get("Note"), where);
                    cells += row.size();
                }
            }
        }
        assertEquals(rows.size(), rowIndex, "one row per month × area, no more");
        assertEquals(68, rows.size(), "5 areas a month, Ydelse until March 2025, Aula from June 2025");
        assertEquals(68 * 11, cells);
    }

    @Test
    void everyJsonFileValidatesAgainstTheSchemaBesideIt() throws IOException {
        Schema schema = schema();
        List<Path> files;
        try (Stream<Path> list = Files.list(data)) {
            files = list.filter(
                            f -> f.toString().endsWith(".json") && !f.toString().endsWith("schema.json"))
                    .sorted()
                    .toList();
        }
        assertEquals(15, files.size(), "14 months and status.json");
        for (Path file : files) {
            List<Error> errors = schema.validate(Files.readString(file), InputFormat.JSON);
            assertEquals(List.of(), errors, file.getFileName().toString());
        }
        assertArrayEquals(
                Files.readAllBytes(data.resolve("2025-10.json")),
                Files.readAllBytes(data.resolve("status.json")),
                "status.json is the latest month");
    }

    @Test
    void theSchemaCatchesAFileThatDoesNotFollowIt() throws IOException {
        ObjectNode month = (ObjectNode)
                new ObjectMapper().readTree(data.resolve("status.json").toFile());
        ((ObjectNode) month.get("areas").get(0)).put("monthsBehind", "one");
        month.remove("summary");
        List<String> errors =
                schema().validate(month).stream().map(Error::getMessage).toList();
        assertEquals(2, errors.size(), errors.toString());
    }

    @Test
    void theJsonSaysWhatTheMonthSays() throws IOException {
        JsonNode october =
                new ObjectMapper().readTree(data.resolve("status.json").toFile());
        assertEquals(1, october.get("schemaVersion").asInt());
        assertEquals("driftsstatus.schema.json", october.get("$schema").asText());
        assertEquals("../rapporter/2025-10.html", october.get("page").asText());
        assertTrue(october.get("pageUrl").isNull() && october.get("pdf").isNull(), "no baseUrl, no PDFs: " + october);
        assertEquals(
                "1 af 5 dataområder kører efter planen.",
                october.at("/summary/text").asText());
        assertEquals(4, october.at("/summary/needAttention").asInt());
        JsonNode krl = october.get("areas").get(2);
        assertEquals("krl-personale", krl.get("id").asText());
        assertEquals("2025-05", krl.get("dataThrough").asText());
        assertEquals("2025-06", krl.get("expectedDataThrough").asText());
        assertEquals(1, krl.get("monthsBehind").asInt());
        assertEquals("2025-08", krl.get("openSince").asText());
        assertEquals("Overenskomstarbejde forsinker data.", krl.at("/note/text").asText());
        JsonNode dfdg = october.get("areas").get(4);
        assertTrue(dfdg.get("dataThrough").isNull() && dfdg.get("monthsBehind").isNull(), dfdg.toString());
        assertTrue(october.get("areas").get(0).get("note").isNull());
    }

    @Test
    void theArchiveLinksTheDataBelowTheHeatmap() throws IOException {
        Document archive = Jsoup.parse(site.path("site/arkiv.html").toFile(), "UTF-8");
        Element section = archive.selectFirst("section:has(#data)");
        assertNotNull(section);
        assertEquals(
                List.of(
                        "data/driftsstatus.csv",
                        "data/status.json",
                        "data/2025-10.json",
                        "data/driftsstatus.schema.json"),
                section.select("a").eachAttr("href"));
        List<Element> all = archive.getAllElements();
        assertTrue(all.indexOf(archive.selectFirst("table.heatmap")) < all.indexOf(section), "below the heatmap");
    }

    @Test
    void theSameContentGivesTheSameBytes(@TempDir Path other) throws IOException {
        FixtureSite again = FixtureSite.of("history", other);
        assertEquals(0, again.run("build", "--no-pdf").exitCode());
        Map<String, String> first = FixtureSite.hashes(data);
        assertEquals(17, first.size(), "14 months, status.json, the CSV and the schema: " + first.keySet());
        assertEquals(first, FixtureSite.hashes(again.path("site/data")));
    }

    @Test
    void theDataGoesThroughTheRenderCache() {
        FixtureSite.Run again =
                site.run("build", "--no-pdf", "--timings"); // --timings: never the no-op, which renders nothing
        assertTrue(
                again.out().contains("(0 filer lavet på ny,"),
                "a second build takes every data file from the cache: " + again.out());
    }

    private static List<Map<String, String>> csvRows() throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(';');
        String text = Files.readString(data.resolve("driftsstatus.csv"), StandardCharsets.UTF_8)
                .substring(1); // the BOM
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static List<Path> monthPages() throws IOException {
        try (Stream<Path> files = Files.list(site.path("site/rapporter"))) {
            return files.sorted().toList();
        }
    }

    /** "2025-05" as the pages show it ("Maj"); "" (no data) as "-". */
    private static String label(String month) {
        return month.isEmpty() ? "-" : config.monthLabel(YearMonth.parse(month));
    }

    /**
     * The schema as a reader gets it, from beside the files (here at an example address, since the
     * site has no baseUrl): its relative "$id" resolves against where it was fetched.
     */
    private static Schema schema() throws IOException {
        JsonNode text = new ObjectMapper()
                .readTree(data.resolve("driftsstatus.schema.json").toFile());
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(
                        SchemaLocation.of("https://intranet.example.dk/driftsstatus/data/driftsstatus.schema.json"),
                        text);
    }
}
