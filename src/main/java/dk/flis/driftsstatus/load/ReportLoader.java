package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.markdown.MarkdownBody;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one {@code content/reports/YYYY-MM.md}: its front matter (date, overrides) and its Markdown body. */
public final class ReportLoader {
    private ReportLoader() {}

    /** The report in {@code text}, or empty when its front matter cannot be read (reported). */
    public static Optional<ReportSource> load(String file, String fileName, String text, Diagnostics diagnostics) {
        YearMonth month = monthFromFileName(file, fileName, diagnostics);
        Optional<FrontMatter> split = FrontMatter.split(file, text, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter frontMatter = split.get();
        Optional<Fields> fields = Fields.of(frontMatter.yaml(), Text.of("term.where.report"), diagnostics);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        Optional<LocalDate> date = f.requiredDate("date");
        List<ReportSource.Override> overrides = overrides(f, diagnostics);
        f.rejectUnknownKeys();

        // Mistakes in single overrides are already reported and left out; the rest is still worth
        // checking against the registry, so that editors see every problem in one run. The body is
        // Markdown, rendered (and its mistakes reported) by the check, even when month or date is wrong.
        return Optional.of(new ReportSource(
                file,
                month,
                date.orElse(null),
                f.valueAt("date"),
                overrides,
                new MarkdownBody(frontMatter.body()),
                frontMatter.bodyLineOffset()));
    }

    private static YearMonth monthFromFileName(String file, String fileName, Diagnostics diagnostics) {
        String name = fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : "";
        if (!YearMonths.looksLikeMonth(name)) {
            diagnostics.error(SourcePosition.of(file), "report-file-name", fileName);
            return null;
        }
        Optional<YearMonth> month = YearMonths.parse(name);
        if (month.isEmpty()) {
            diagnostics.error(SourcePosition.of(file), "report-file-impossible-month", fileName);
        }
        return month.orElse(null);
    }

    private static List<ReportSource.Override> overrides(Fields f, Diagnostics diagnostics) {
        List<ReportSource.Override> overrides = new ArrayList<>();
        Optional<Node> areas = f.optional("areas");
        if (areas.isEmpty() || areas.get() instanceof Node.ScalarNode s && s.isNull()) {
            return overrides;
        }
        if (!(areas.get() instanceof Node.MapNode map)) {
            diagnostics.error(areas.get().at(), "areas-not-a-map", areas.get().kindName());
            return overrides;
        }
        for (Map.Entry<String, Node> entry : map.values().entrySet()) {
            String key = entry.getKey();
            SourcePosition keyAt = map.keys().get(key);
            Fields.of(entry.getValue(), Text.of("term.where.area-settings", key), diagnostics)
                    .ifPresent(o -> {
                        String status = null;
                        SourcePosition statusAt = keyAt;
                        Optional<Node> statusNode = o.optional("status");
                        if (statusNode.isPresent()) {
                            statusAt = statusNode.get().at();
                            if (statusNode.get() instanceof Node.ScalarNode sn && sn.value() instanceof String text) {
                                status = text.strip();
                            } else {
                                diagnostics.error(
                                        statusAt,
                                        "status-not-text",
                                        statusNode.get().kindName());
                            }
                        }
                        Optional<Node> through = o.optional("data-through");
                        YearMonth dataThrough = null;
                        SourcePosition throughAt = keyAt;
                        if (through.isPresent()) {
                            throughAt = through.get().at();
                            if (!(through.get() instanceof Node.ScalarNode tn && tn.isNull())) {
                                Optional<YearMonth> parsed = o.yearMonth(through.get(), "data-through");
                                if (parsed.isEmpty()) {
                                    o.rejectUnknownKeys();
                                    return; // reported; leave the override out rather than read it as "no data"
                                }
                                dataThrough = parsed.get();
                            }
                        }
                        o.rejectUnknownKeys();
                        overrides.add(new ReportSource.Override(
                                key, keyAt, status, statusAt, through.isPresent(), dataThrough, throughAt));
                    });
        }
        return overrides;
    }
}
