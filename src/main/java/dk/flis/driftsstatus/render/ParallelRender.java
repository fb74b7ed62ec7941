package dk.flis.driftsstatus.render;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.render.TemplateEngine.TemplateFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes a batch of outputs: takes each from the cache when its key is known, renders the rest on all
 * cores, and stores what it rendered. The key has two halves: {@link JobKeys#key} (the
 * program, template names and view records) and the files the last rendering read with their hashes
 * (stored beside it as {@code KEY-reads}); an entry is used only while every one of those files
 * still holds what it held. The output map is sorted, so the thread schedule never shows.
 */
public final class ParallelRender {
    private final OutputCache cache;
    private final JobKeys keys;

    /** A renderer that reuses what {@code cache} holds under the keys {@code keys} gives. */
    public ParallelRender(OutputCache cache, JobKeys keys) {
        this.cache = cache;
        this.keys = keys;
    }

    /**
     * Runs every job into {@code out}; template mistakes become diagnostics, other failures are thrown.
     * Returns what was rendered anew, what came from the cache, and the cache keys used.
     */
    public RenderStats run(List<OutputJob> jobs, RenderedSite out, Diagnostics diagnostics) {
        Set<String> usedKeys = new HashSet<>();
        Set<String> renderedPaths = new TreeSet<>();
        int reused = 0;
        Map<Path, String> onDisk = new ConcurrentHashMap<>(); // each file hashed once per run
        List<OutputJob> toRender = new ArrayList<>();
        List<String> bases = new ArrayList<>();
        // Keying is hashing every record each output receives: on all cores, like the rendering.
        List<String> jobKeys = jobs.parallelStream().map(keys::key).toList();
        for (int j = 0; j < jobs.size(); j++) {
            OutputJob job = jobs.get(j);
            String base = jobKeys.get(j);
            usedKeys.add(readsKey(base));
            // What the last rendering read, if every file still holds what it held then.
            Optional<String> reads = cache.get(readsKey(base))
                    .map(b -> new String(b, StandardCharsets.UTF_8))
                    .filter(r -> stillTrue(r, onDisk));
            Optional<byte[]> cached = reads.flatMap(r -> cache.get(fullKey(base, r)));
            if (cached.isPresent()) {
                usedKeys.add(fullKey(base, reads.get()));
                out.put(job.path(), cached.get());
                reused++;
            } else {
                toRender.add(job);
                bases.add(base);
            }
        }
        if (toRender.isEmpty()) {
            return new RenderStats(renderedPaths, reused, usedKeys);
        }
        int threads = Math.min(toRender.size(), Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "driftsstatus-render");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Made>> results = new ArrayList<>();
            for (OutputJob job : toRender) {
                results.add(pool.submit(() -> made(job)));
            }
            for (int i = 0; i < results.size(); i++) {
                Made made = await(results.get(i), diagnostics);
                if (made != null && made.bytes() != null) {
                    String reads = describe(made.reads());
                    out.put(toRender.get(i).path(), made.bytes());
                    cache.put(readsKey(bases.get(i)), reads.getBytes(StandardCharsets.UTF_8));
                    cache.put(fullKey(bases.get(i), reads), made.bytes());
                    usedKeys.add(fullKey(bases.get(i), reads));
                    renderedPaths.add(toRender.get(i).path());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new RenderStats(renderedPaths, reused, usedKeys);
    }

    /** An output's bytes and the files its rendering read. */
    private record Made(byte[] bytes, SortedMap<Path, String> reads) {}

    private static Made made(OutputJob job) throws Exception {
        ReadRecorder.begin();
        byte[] bytes;
        try {
            bytes = job.make().make();
        } catch (Exception | Error e) {
            ReadRecorder.end();
            throw e;
        }
        return new Made(bytes, ReadRecorder.end());
    }

    private static String readsKey(String base) {
        return base + "-reads";
    }

    private static String fullKey(String base, String reads) {
        return Sha256.hex((base + "\n" + reads).getBytes(StandardCharsets.UTF_8));
    }

    /** One line per file read: its hash, a space and its path. */
    private static String describe(SortedMap<Path, String> reads) {
        StringBuilder lines = new StringBuilder();
        reads.forEach(
                (file, hash) -> lines.append(hash).append(' ').append(file).append('\n'));
        return lines.toString();
    }

    private static boolean stillTrue(String reads, Map<Path, String> onDisk) {
        for (String line : reads.split("\n")) {
            int space = line.indexOf(' ');
            if (line.isEmpty()) {
                continue;
            }
            if (space < 0
                    || !onDisk.computeIfAbsent(Path.of(line.substring(space + 1)), ReadRecorder::hashOf)
                            .equals(line.substring(0, space))) {
                return false;
            }
        }
        return true;
    }

    private static Made await(Future<Made> result, Diagnostics diagnostics) {
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

    /** Keeps in the cache only the entries of {@code used}, so that it does not grow without bound. */
    public void pruneCache(RenderStats used) {
        cache.retainOnly(used.usedKeys());
    }
}
