package dk.flis.driftsstatus.pipeline;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.history.History;
import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.render.RenderStats;
import dk.flis.driftsstatus.render.RenderedSite;
import java.util.List;

/**
 * What a run of the recipe made, and every diagnostic on the way: the one way a run reports
 * failure is {@link #failed()}. Parts a run did not reach are null: {@code content} and
 * {@code history} after a failed check, {@code site} before or without a render (its files are
 * those the last render made). {@code timings} is "" except after a build.
 */
public record RunResult(
        Content content,
        History history,
        RenderedSite site,
        RenderStats render,
        List<Diagnostic> diagnostics,
        String timings) {

    public RunResult {
        diagnostics = List.copyOf(diagnostics);
        render = render == null ? RenderStats.NONE : render;
        timings = timings == null ? "" : timings;
    }

    /** A run that stopped with {@code diagnostics} before it had anything to show. */
    static RunResult stopped(List<Diagnostic> diagnostics) {
        return new RunResult(null, null, null, RenderStats.NONE, diagnostics, "");
    }

    /** True when any diagnostic is an error: then nothing was published, written or sent. */
    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** This result with {@code more} diagnostics, in reading order. */
    RunResult with(List<Diagnostic> more) {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new RunResult(content, history, site, render, sorted(all), timings);
    }

    static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        return diagnostics.stream().distinct().sorted(Diagnostic.READING_ORDER).toList();
    }
}
