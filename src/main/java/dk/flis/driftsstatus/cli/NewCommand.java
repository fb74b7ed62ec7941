package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Catalogue;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.MonthInWords;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.YearMonths;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import dk.flis.driftsstatus.model.Status;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
import dk.flis.driftsstatus.scaffold.NewMonthRule;
import dk.flis.driftsstatus.scaffold.NextReport;
import dk.flis.driftsstatus.scaffold.ReportFileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftsstatus new [YYYY-MM]}: starts a month's report from the latest one before it. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        header = "Create next month's report from the latest one.",
        description = "Open problems carry over with their status and note; ok areas are left out; the date is the "
                + "report day (site.json reportDay, default 10). Prints what to review. Never overwrites a report.")
final class NewCommand extends ContentOptions implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            descriptionKey = "help.new.month",
            index = "0",
            arity = "0..1",
            paramLabel = "YYYY-MM",
            description = "the month to create (default: the month after the latest report)")
    String month;

    @Option(
            names = "--force",
            descriptionKey = "help.new.force",
            description = "create the month even when it is more than one month after this month")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RunResult checked = new Pipeline(buildOptions(Path.of("site"), false)).check();
        if (checked.failed()) {
            printText(checked.diagnostics(), spec.commandLine().getErr());
            spec.commandLine().getErr().println(words().format("cli.new.fix-first"));
            return ExitCode.CONTENT_ERRORS;
        }
        Content checkedContent = checked.content();
        YearMonth target =
                month == null ? checkedContent.latest().orElseThrow().month().plusMonths(1) : parse(month);
        ContentFolder folder = new ContentFolder(workingDirectory.resolve(content), workingDirectory);
        Path file = folder.reports().resolve(target + ".md");
        Diagnostics refusal = new Diagnostics();
        if (Files.exists(file)) {
            refusal.error(
                    SourcePosition.of(folder.shown(file)),
                    "report-exists",
                    new MonthInWords(target),
                    target.toString(),
                    firstFreeAfter(checkedContent, target).toString());
        }
        Optional<NextReport> plan = NextReport.plan(checkedContent, target);
        if (plan.isEmpty()) {
            refusal.error(
                    SourcePosition.of(folder.shown(file)),
                    "no-report-before",
                    new MonthInWords(target),
                    target.toString(),
                    checkedContent.reports().get(0).month().toString());
        }
        if (!force && !refusal.hasErrors()) {
            MonthlyReport latest = checkedContent.latest().orElseThrow();
            NewMonthRule.refusal(target, month != null, today(), latest.month(), latest.file(), folder.shown(file))
                    .ifPresent(refusal::add);
        }
        if (refusal.hasErrors()) {
            printText(refusal.sorted(), spec.commandLine().getErr());
            return ExitCode.COULD_NOT_RUN;
        }
        Files.writeString(
                file, ReportFileWriter.write(plan.get()), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        describe(plan.get(), checkedContent, folder.shown(file), out);
        return ExitCode.OK;
    }

    private void describe(NextReport plan, Content checked, String shown, PrintWriter out) {
        Catalogue words = words();
        out.println(words.format(
                "cli.new.created",
                shown,
                new MonthInWords(plan.base().month()),
                plan.date().toString(),
                plan.base().month().toString()));
        out.println(words.format(plan.carried().isEmpty() ? "cli.new.nothing-carried" : "cli.new.carried-heading"));
        for (NextReport.Carried c : plan.carried()) {
            String key = c.status() != null ? c.status() : c.note() != null ? Status.NOTICE : Status.OK;
            Object through = !c.dataThroughGiven()
                    ? ""
                    : c.dataThrough() == null
                            ? Text.of("cli.new.carried.no-data")
                            : Text.of(
                                    "cli.new.carried.data-through",
                                    c.dataThrough().toString());
            out.println("  "
                    + words.format(
                            "cli.new.carried",
                            c.area().name(),
                            Text.of(
                                    "status.choice",
                                    key,
                                    checked.site().status(key).label()),
                            c.note() != null ? Text.of("cli.new.carried.with-note") : "",
                            through));
        }
        if (!plan.review().isEmpty()) {
            out.println(words.format("cli.new.review-heading"));
            plan.review().forEach(line -> out.println("  - " + words.format(line)));
        }
        out.println(words.format("cli.new.next-steps"));
    }

    /** The first month after {@code month} that has no report yet, to suggest instead. */
    private static YearMonth firstFreeAfter(Content content, YearMonth month) {
        YearMonth next = month.plusMonths(1);
        YearMonth last = content.latest().map(r -> r.month()).orElse(month);
        return last.isBefore(next) ? next : last.plusMonths(1);
    }

    private YearMonth parse(String text) {
        return YearMonths.parse(text)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), words().format("cli.usage.month-format", "2025-11", text)));
    }
}
