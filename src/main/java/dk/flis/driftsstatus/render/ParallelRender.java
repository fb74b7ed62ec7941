package dk.flis.driftsstatus.render;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.render.TemplateEngine.TemplateFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes a batch of outputs: takes each from the cache when its key is known, renders the rest on all
 * cores, and stores what it rendered. The output map is sorted, so the thread schedule never shows.
 */
public final class ParallelRender {
    private final OutputCache cache;
    private final TemplateFingerprints fingerprints;
    private final Set<String> usedKeys = new HashSet<>();
    private final Set<String> renderedPaths = new TreeSet<>();
    private int reused;

    public ParallelRender(OutputCache cache, TemplateFingerprints fingerprints) {
        this.cache = cache;
        this.fingerprints = fingerprints;
    }

    /** Runs every job into {@code out}; template mistakes become diagnostics, other failures are thrown. */
    public void run(List<OutputJob> jobs, RenderedSite out, Diagnostics diagnostics) {
        List<OutputJob> toRender = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (OutputJob job : jobs) {
            String key = fingerprints.key(job);
            usedKeys.add(key);
            Optional<byte[]> cached = cache.get(key);
            if (cached.isPresent()) {
                out.put(job.path(), cached.get());
                reused++;
            } else {
                toRender.add(job);
                keys.add(key);
            }
        }
        if (toRender.isEmpty()) {
            return;
        }
        int threads = Math.min(toRender.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "driftsstatus-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (OutputJob job : toRender) {
                results.add(pool.submit(job.make()::make));
            }
            for (int i = 0; i < results.size(); i++) {
                byte[] bytes = await(results.get(i), diagnostics);
                if (bytes != null) {
                    out.put(toRender.get(i).path(), bytes);
                    cache.put(keys.get(i), bytes);
                    renderedPaths.add(toRender.get(i).path());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] await(Future<byte[]> result, Diagnostics diagnostics) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TemplateFailure failure) {
                diagnostics.add(failure.diagnostic());
                return null;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // e.g. OutOfMemoryError: the command line turns it into one line
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        }
    }

    /** Keeps in the cache only what this build used, so it does not grow without bound. */
    public void pruneCache() {
        cache.retainOnly(usedKeys);
    }

    public int rendered() {
        return renderedPaths.size();
    }

    /** The site paths this render made anew rather than took from the cache, sorted. */
    public Set<String> renderedPaths() {
        return java.util.Collections.unmodifiableSet(renderedPaths);
    }

    public int reused() {
        return reused;
    }
}
