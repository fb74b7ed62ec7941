package dk.flis.driftsstatus.render;

import java.util.List;

/**
 * One output file to make: its site path, the templates it is rendered with, a fingerprint of
 * everything else it is made from (the view records handed to the template), and how to make it.
 * Two jobs with equal templates and fingerprint make identical bytes, which is what the cache uses.
 */
public record OutputJob(String path, List<String> templates, String fingerprint, Maker make) {

    public OutputJob {
        templates = List.copyOf(templates);
    }

    /** Renders the bytes; returns null when the problem was already reported as a diagnostic. */
    @FunctionalInterface
    public interface Maker {
        byte[] make() throws Exception;
    }
}
