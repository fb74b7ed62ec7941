package dk.flis.driftsstatus.render;

import java.util.List;

/**
 * One output file to make: its site path, the templates it is rendered with, what it is made from
 * ({@code input}: the records handed to the template, or the bytes copied; see {@link CanonicalKey}
 * for what it may hold), and how to make it. Two jobs with equal templates and input make identical
 * bytes, which is what the render cache relies on.
 */
public record OutputJob(String path, List<String> templates, Object input, Maker make) {

    public OutputJob {
        templates = List.copyOf(templates);
    }

    /** Renders the bytes; returns null when the problem was already reported as a diagnostic. */
    @FunctionalInterface
    public interface Maker {
        byte[] make() throws Exception;
    }
}
