package dk.flis.driftsstatus.render;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The whole output, in memory until published: site-relative path → bytes, sorted for determinism. */
public final class RenderedSite {
    private final Map<String, byte[]> files = Collections.synchronizedMap(new TreeMap<>());

    /** Adds an output; two outputs may not claim the same path. */
    public void put(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("two outputs want the same path: " + path);
        }
    }

    /** Every output by site path, sorted. */
    public Map<String, byte[]> files() {
        synchronized (files) {
            return Collections.unmodifiableMap(new TreeMap<>(files));
        }
    }
}
