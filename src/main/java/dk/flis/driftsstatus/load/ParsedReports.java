package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostic;
import dk.flis.driftsstatus.diagnostic.Diagnostics;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Report files already parsed, by path and exact text, so that a preview rebuild after one edit
 * parses one file rather than every month. Only files that parsed without any diagnostic are kept:
 * a file with problems is parsed again, so its messages are never lost.
 */
public final class ParsedReports {
    private final ConcurrentHashMap<Key, ReportSource> parsed = new ConcurrentHashMap<>();
    private final Set<Key> used = ConcurrentHashMap.newKeySet();

    /**
     * Written out rather than a record: a record's {@code hashCode} is bootstrapped through method
     * handles on first use, which cost more than the 120 hashes a cold {@code check} makes with it.
     */
    private static final class Key {
        private final String shown;
        private final String fileName;
        private final String text;

        Key(String shown, String fileName, String text) {
            this.shown = shown;
            this.fileName = fileName;
            this.text = text;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(key.shown, shown)
                    && Objects.equals(key.fileName, fileName)
                    && Objects.equals(key.text, text);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(shown) * 31 + Objects.hashCode(fileName)) * 31 + Objects.hashCode(text);
        }
    }

    /** Parses the report, or returns the earlier result for the same path and text. */
    public Optional<ReportSource> load(String shown, String fileName, String text, Diagnostics diagnostics) {
        Key key = new Key(shown, fileName, text);
        used.add(key);
        ReportSource earlier = parsed.get(key);
        if (earlier != null) {
            return Optional.of(earlier);
        }
        Diagnostics own = new Diagnostics();
        Optional<ReportSource> source = ReportLoader.load(shown, fileName, text, own);
        for (Diagnostic d : own.sorted()) {
            diagnostics.add(d);
        }
        if (source.isPresent() && own.sorted().isEmpty()) {
            parsed.put(key, source.get());
        }
        return source;
    }

    /** Forgets the files the last load did not read (renamed, deleted or edited since). */
    public void forgetUnused() {
        parsed.keySet().retainAll(used);
        used.clear();
    }
}
