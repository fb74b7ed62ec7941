package dk.flis.driftsstatus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.ChildBuild;
import dk.flis.driftsstatus.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real report built in two JVMs with different time zones, locales and default charsets is byte-identical. */
class DeterminismTest {
    @TempDir
    Path temp;

    @Test
    void buildsUnderDifferentTimeZonesAndLocalesAreByteIdentical() throws Exception {
        SortedMap<String, String> kiritimati = build(
                "a",
                List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR"),
                Map.of("TZ", "Pacific/Kiritimati", "LANG", "tr_TR.UTF-8", "LC_ALL", "tr_TR.UTF-8"));
        SortedMap<String, String> losAngeles = build(
                "b",
                List.of("-Duser.timezone=America/Los_Angeles", "-Duser.language=en", "-Duser.country=US"),
                Map.of("TZ", "America/Los_Angeles", "LANG", "C", "LC_ALL", "C"));

        assertFalse(kiritimati.isEmpty());
        assertEquals(kiritimati, losAngeles);
    }

    private SortedMap<String, String> build(String name, List<String> jvmOptions, Map<String, String> environment)
            throws Exception {
        FixtureSite site = FixtureSite.realContent(temp.resolve(name));
        Path log = temp.resolve(name + ".log");
        Process child = ChildBuild.start(site.root(), jvmOptions, environment, log, "build", "--no-pdf");
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), Files.readString(log));
        return FixtureSite.hashes(site.path("site"));
    }
}
