package dk.flis.driftsstatus.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build folder's deletion can be killed at any file (KilledBuildTest once left a remnant that was
 * never deleted: its marker had gone first, so it no longer looked like ours). The marker goes last.
 */
class DeletionOrderTest {
    @TempDir
    Path temp;

    @Test
    void aBuildFolderLosesItsMarkerOnlyAfterEverythingElse() throws Exception {
        FixtureSite site = FixtureSite.of("small", temp.resolve("project"));
        assertEquals(0, site.run("build", "--no-pdf").exitCode());
        Path build = site.path("site").toRealPath();
        assertTrue(OwnFolders.isMarkedSite(build));

        List<Path> order = FolderSwap.deletionOrder(build);
        assertEquals(build, order.get(order.size() - 1));
        assertEquals(build.resolve(OwnFolders.SITE_MARKER), order.get(order.size() - 2));
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                assertFalse(
                        order.get(j).startsWith(order.get(i)) && !order.get(j).equals(order.get(i)),
                        order.get(i) + " would go before " + order.get(j) + ", which is inside it");
            }
        }
        try (var all = Files.walk(build)) {
            assertEquals(all.count(), order.size(), "every file and folder, once");
        }

        // Killed just before the marker: what is left is still ours, so once it is no longer the
        // published build or the one before it, a build deletes it.
        for (Path path : order.subList(0, order.size() - 2)) {
            Files.delete(path);
        }
        assertTrue(OwnFolders.isMarkedSite(build));
        for (String edition : List.of("Anden", "Tredje")) {
            Files.writeString(site.path("content/pages/om.md"), "---\ntitle: Om\n---\n" + edition + " udgave.\n");
            assertEquals(0, site.run("build", "--no-pdf").exitCode());
        }
        assertFalse(Files.exists(build), "the remnant is gone");
        PublishTest.assertNoLeftovers(site.root());
    }
}
