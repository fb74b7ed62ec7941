package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.RegistryLoader;
import dk.flis.driftsstatus.load.SiteConfigLoader;
import dk.flis.driftsstatus.load.SourceText;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaGroup;
import dk.flis.driftsstatus.model.Registry;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code driftsstatus areas}: the data areas of areas.json and the statuses of site.json, as an editor
 * needs them to write a report, so that the editors' guide can point here instead of a list that goes stale.
 */
@Command(
        name = "areas",
        mixinStandardHelpOptions = true,
        header = "List the data areas of areas.json and the statuses of site.json.",
        description = "Use the name (or an alias) in the \"## …\" heading and the id under \"areas:\".")
final class AreasCommand extends ContentOptions implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** How the lists are printed. */
    enum Format {
        text,
        markdown
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            descriptionKey = "help.areas.format",
            description = "text (default) or markdown")
    Format format;

    @Override
    public Integer call() {
        Catalogue words = words();
        ContentFolder folder = new ContentFolder(workingDirectory.resolve(content), workingDirectory);
        Diagnostics problems = new Diagnostics();
        Optional<Registry> registry = SourceText.read(folder.areasJson(), folder.shown(folder.areasJson()), problems)
                .flatMap(text -> RegistryLoader.load(folder.shown(folder.areasJson()), text, problems));
        Optional<SiteConfig> site = SourceText.read(folder.siteJson(), folder.shown(folder.siteJson()), problems)
                .flatMap(text -> SiteConfigLoader.load(folder.shown(folder.siteJson()), text, problems));
        if (registry.isEmpty() || site.isEmpty()) {
            printText(problems.sorted(), spec.commandLine().getErr());
            return ExitCode.CONTENT_ERRORS;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(words.format("cli.areas.heading", folder.shown(folder.areasJson())));
        out.println();
        List<List<String>> areas = new ArrayList<>();
        areas.add(headings(words, "group", "name", "id", "aliases", "frequency", "delay", "period"));
        for (AreaGroup group : registry.get().groups()) {
            for (Area area : group.areas()) {
                areas.add(List.of(
                        group.name(),
                        area.name(),
                        area.id(),
                        area.aliases().isEmpty()
                                ? words.format("cli.areas.none")
                                : words.word(Text.andList(area.aliases())),
                        area.frequency(),
                        words.format("cli.areas.delay", area.delayMonths()),
                        period(words, area)));
            }
        }
        print(areas, out);
        out.println();
        out.println(words.format("cli.areas.statuses-heading", folder.shown(folder.siteJson())));
        out.println();
        List<List<String>> statuses = new ArrayList<>();
        statuses.add(headings(words, "key", "label", "default-text"));
        for (Status status : site.get().statuses()) {
            statuses.add(List.of(status.key(), status.label(), status.defaultText()));
        }
        print(statuses, out);
        return ExitCode.OK;
    }

    private static List<String> headings(Catalogue words, String... columns) {
        List<String> headings = new ArrayList<>();
        for (String column : columns) {
            headings.add(words.format("cli.areas.column." + column));
        }
        return headings;
    }

    private static String period(Catalogue words, Area area) {
        if (area.since() == null && area.until() == null) {
            return words.format("cli.areas.none");
        }
        if (area.since() == null) {
            return words.format("cli.areas.period.until", new MonthInWords(area.until()));
        }
        if (area.until() == null) {
            return words.format("cli.areas.period.since", new MonthInWords(area.since()));
        }
        return words.format(
                "cli.areas.period.since-until", new MonthInWords(area.since()), new MonthInWords(area.until()));
    }

    /** A Markdown table, or for people in a terminal the same columns lined up with spaces. */
    private void print(List<List<String>> rows, PrintWriter out) {
        if (format == Format.markdown) {
            for (int r = 0; r < rows.size(); r++) {
                out.println("| "
                        + String.join(
                                " | ",
                                rows.get(r).stream()
                                        .map(cell -> cell.replace("|", "\\|"))
                                        .toList()) + " |");
                if (r == 0) {
                    out.println("|" + "---|".repeat(rows.get(0).size()));
                }
            }
            return;
        }
        int[] widths = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(
                        c == row.size() - 1
                                ? row.get(c)
                                : row.get(c) + " ".repeat(widths[c] - row.get(c).length() + 2));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
