package dk.flis.driftsstatus.render;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one render did: the site paths it rendered anew (sorted), how many outputs it took from the
 * cache, and the cache keys it used, which are all the cache keeps when it is pruned.
 */
public record RenderStats(Set<String> renderedPaths, int reused, Set<String> usedKeys) {
    /** Nothing rendered yet. */
    public static final RenderStats NONE = new RenderStats(Set.of(), 0, Set.of());

    public RenderStats {
        renderedPaths = java.util.Collections.unmodifiableSet(new TreeSet<>(renderedPaths));
        usedKeys = Set.copyOf(usedKeys);
    }

    /** How many outputs were rendered anew. */
    public int rendered() {
        return renderedPaths.size();
    }

    /** This render and {@code earlier} one of the same build together, e.g. pages then PDFs. */
    public RenderStats plus(RenderStats earlier) {
        Set<String> paths = new TreeSet<>(earlier.renderedPaths);
        paths.addAll(renderedPaths);
        Set<String> keys = new HashSet<>(earlier.usedKeys);
        keys.addAll(usedKeys);
        return new RenderStats(paths, earlier.reused + reused, keys);
    }

    /** "26 rendered, 0 unchanged", as build reports it. */
    public String summary() {
        return rendered() + " rendered, " + reused + " unchanged";
    }
}
