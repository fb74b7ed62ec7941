package dk.flis.driftsstatus;

import java.nio.file.Path;

/**
 * Fixture sites that many test classes only read, built once per test run instead of once per
 * class: under {@code target/shared-sites/}, rebuilt afresh by the first test that asks in each run.
 * Tests must not change them; a test that edits content builds its own {@link FixtureSite}.
 */
public final class SharedSites {
    private static final Path ROOT = FixtureSite.PROJECT.resolve("target/shared-sites");
    private static Built real;

    private SharedSites() {}

    /** A site and what its build printed. */
    public record Built(FixtureSite site, FixtureSite.Run run) {}

    /** The real content/ with the real templates, built with its PDF as {@code ./driftsstatus build} does. */
    public static synchronized Built real() {
        if (real == null) {
            Path project = ROOT.resolve("real");
            FixtureSite.deleteTree(project);
            FixtureSite site = FixtureSite.realContent(project);
            real = new Built(site, site.run("build"));
        }
        return real;
    }
}
