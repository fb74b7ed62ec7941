package dk.flis.driftsstatus.cli;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.load.ContentFolder;
import dk.flis.driftsstatus.load.YearMonths;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.pipeline.Pipeline;
import dk.flis.driftsstatus.pipeline.RunResult;
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
            index = "0",
            arity = "0..1",
            paramLabel = "YYYY-MM",
            description = "the month to create (default: the month after the latest report)")
    String month;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RunResult checked = new Pipeline(buildOptions(Path.of("site"), false)).check();
        if (checked.failed()) {
            printText(checked.diagnostics(), spec.commandLine().getErr());
            spec.commandLine().getErr().println("Fix the errors above first; no report was created.");
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
                    "the report for " + target + " already exists; new never " + "overwrites a report",
                    "edit the file, or name another month: ./driftsstatus new YYYY-MM");
        }
        Optional<NextReport> plan = NextReport.plan(checkedContent, target);
        if (plan.isEmpty()) {
            refusal.error(
                    SourcePosition.of(folder.shown(file)),
                    "there is no report before " + target + " to start from",
                    "name a month after " + checkedContent.reports().get(0).month());
        }
        if (refusal.hasErrors()) {
            printText(refusal.sorted(), spec.commandLine().getErr());
            return ExitCode.COULD_NOT_RUN;
        }
        Files.writeString(
                file, ReportFileWriter.write(plan.get()), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        describe(plan.get(), folder.shown(file), out);
        return ExitCode.OK;
    }

    private void describe(NextReport plan, String shown, PrintWriter out) {
        out.println("Created " + shown + " from " + plan.base().month() + ", dated " + plan.date() + ".");
        out.println(plan.carried().isEmpty() ? "Nothing carried over: every area was ok." : "Carried over:");
        for (NextReport.Carried c : plan.carried()) {
            String status = c.status() != null ? c.status() : c.note() != null ? "notice" : "ok";
            out.println("  " + c.area().name() + ": " + status + (c.note() != null ? ", with its note" : "")
                    + (c.dataThroughGiven()
                            ? ", data-through " + (c.dataThrough() == null ? "null" : c.dataThrough())
                            : ""));
        }
        if (!plan.review().isEmpty()) {
            out.println("Review before publishing:");
            plan.review().forEach(line -> out.println("  - " + line));
        }
        out.println("Then: ./driftsstatus serve to see it, ./driftsstatus check, ./driftsstatus build.");
    }

    private YearMonth parse(String text) {
        return YearMonths.parse(text)
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "the month must be written YYYY-MM, e.g. 2025-11, not \"" + text + "\""));
    }
}
