package dk.flis.driftsstatus.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.render.CanonicalKey;
import dk.flis.driftsstatus.render.OutputJob;
import dk.flis.driftsstatus.render.SitePaths;
import dk.flis.driftsstatus.view.OpenDataView;
import dk.flis.driftsstatus.view.OpenDataViews;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The jobs that write the open data: {@code data/driftsstatus.csv} (every month × area, as Excel in
 * Denmark opens it on a double-click: UTF-8 with a byte order mark, ";" between fields, every field
 * quoted, CRLF lines), {@code data/YYYY-MM.json} for each month, {@code data/status.json} for the
 * latest, and {@code data/driftsstatus.schema.json} describing the JSON. Like the pages, each job is
 * keyed on the view records it is made from, so an unchanged file comes from the render cache.
 */
public final class OpenDataFiles {
    /** Raised whenever a JSON field is added, removed or changes meaning; the schema says the same. */
    public static final int SCHEMA_VERSION = 1;
    /** The CSV's header, in Danish like the table it mirrors; one row per month × area below it. */
    public static final List<String> CSV_COLUMNS = List.of(
            "Måned",
            "Rapportdato",
            "Gruppe",
            "Område-id",
            "Dataområde",
            "Status-id",
            "Status",
            "Data t.o.m.",
            "Normalt data t.o.m.",
            "Måneder forsinket",
            "Note");

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();

    private OpenDataFiles() {}

    /** The jobs of every data file of {@code content}; {@code withPdf} says whether the PDFs are published. */
    public static List<OutputJob> jobs(Content content, History history, boolean withPdf) {
        OpenDataViews views = new OpenDataViews(content, history);
        MonthlyReport latest = content.latest().orElseThrow();
        List<OutputJob> jobs = new ArrayList<>();
        List<OpenDataView> months = new ArrayList<>();
        // Each month is keyed once; its JSON file, status.json and the CSV (every month) use that key.
        List<String> monthKeys = new ArrayList<>();
        for (MonthlyReport report : content.reports()) {
            OpenDataView month = views.view(report, withPdf);
            String key = CanonicalKey.of(month);
            months.add(month);
            monthKeys.add(key);
            jobs.add(new OutputJob(SitePaths.dataMonth(report.month()), List.of(), key, () -> json(month)));
            if (report == latest) {
                jobs.add(new OutputJob(SitePaths.DATA_LATEST, List.of(), key, () -> json(month)));
            }
        }
        jobs.add(new OutputJob(SitePaths.DATA_CSV, List.of(), monthKeys, () -> csv(months)));
        byte[] schema = schema();
        jobs.add(new OutputJob(SitePaths.DATA_SCHEMA, List.of(), schema, () -> schema));
        return jobs;
    }

    /** Every month's rows, oldest month first, areas in the report's order. */
    static byte[] csv(List<OpenDataView> months) throws IOException {
        CsvSchema.Builder columns = CsvSchema.builder()
                .setColumnSeparator(';')
                .setLineSeparator("\r\n")
                .setUseHeader(true);
        CSV_COLUMNS.forEach(columns::addColumn);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(BYTE_ORDER_MARK); // without it, Excel reads the file as Windows-1252 and garbles æ, ø, å
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                SequenceWriter rows = CSV.writer(columns.build()).writeValues(writer)) {
            for (OpenDataView month : months) {
                for (OpenDataView.AreaData area : month.areas()) {
                    rows.write(List.of(
                            month.month(),
                            month.reportDate(),
                            area.group(),
                            area.id(),
                            area.name(),
                            area.status(),
                            area.statusLabel(),
                            orEmpty(area.dataThrough()),
                            area.expectedDataThrough(),
                            area.monthsBehind() == null
                                    ? ""
                                    : area.monthsBehind().toString(),
                            orEmpty(area.noteText())));
                }
            }
        }
        return bytes.toByteArray();
    }

    /** One month as JSON, in a fixed key order and layout, so the same month always gives the same bytes. */
    static byte[] json(OpenDataView month) throws IOException {
        JsonNodeFactory nodes = JSON.getNodeFactory();
        ObjectNode root = nodes.objectNode();
        root.put("$schema", SitePaths.DATA_SCHEMA_NAME);
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("site", month.site());
        root.put("month", month.month());
        root.put("reportDate", month.reportDate());
        root.put("title", month.title());
        root.put("page", month.page());
        root.put("pageUrl", month.pageUrl());
        root.put("pdf", month.pdf());
        ObjectNode summary = root.putObject("summary");
        summary.put("areas", month.summary().areas());
        summary.put("asPlanned", month.summary().asPlanned());
        summary.put("needAttention", month.summary().needAttention());
        summary.put("notApplicable", month.summary().notApplicable());
        summary.put("text", month.summary().text());
        ArrayNode areas = root.putArray("areas");
        for (OpenDataView.AreaData area : month.areas()) {
            ObjectNode node = areas.addObject();
            node.put("id", area.id());
            node.put("name", area.name());
            node.put("group", area.group());
            node.put("status", area.status());
            node.put("statusLabel", area.statusLabel());
            node.put("severity", area.severity());
            node.put("needsAttention", area.needsAttention());
            node.put("dataThrough", area.dataThrough());
            node.put("expectedDataThrough", area.expectedDataThrough());
            node.put("monthsBehind", area.monthsBehind());
            node.put("openSince", area.openSince());
            node.put("openSinceIsLowerBound", area.openSinceIsLowerBound());
            if (area.noteText() == null) {
                node.putNull("note");
            } else {
                node.putObject("note").put("text", area.noteText()).put("html", area.noteHtml());
            }
            node.put("row", area.row());
        }
        // "\n" whatever the platform, and "key": value, so the files are byte for byte the same everywhere.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter layout = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.getFactory().createGenerator(bytes)) {
            generator.setPrettyPrinter(layout);
            JSON.writeTree(generator, root);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static byte[] schema() {
        try (InputStream in = OpenDataFiles.class.getResourceAsStream(SitePaths.DATA_SCHEMA_NAME)) {
            if (in == null) {
                throw new IllegalStateException("the program lacks its resource " + SitePaths.DATA_SCHEMA_NAME);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
