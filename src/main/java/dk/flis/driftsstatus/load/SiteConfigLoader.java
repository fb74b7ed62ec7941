package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.markdown.ControlCharacters;
import dk.flis.driftsstatus.model.MailSettings;
import dk.flis.driftsstatus.model.SiteConfig;
import dk.flis.driftsstatus.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code content/site.json}: titles, links, month labels and the status vocabulary. */
public final class SiteConfigLoader {
    /** The slides' labels: "Aug", "Maj", "Juni". */
    public static final List<String> DEFAULT_MONTH_LABELS =
            List.of("Jan", "Feb", "Marts", "April", "Maj", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dec");

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private SiteConfigLoader() {}

    /** The settings and where each status's colour is written, so the palette check can point at it. */
    public record Settings(SiteConfig config, Map<String, SourcePosition> colourAt) {
        public Settings {
            colourAt = Map.copyOf(colourAt);
        }
    }

    /** The settings in {@code text}, or empty when they have errors (reported). */
    public static Optional<SiteConfig> load(String file, String text, Diagnostics diagnostics) {
        return read(file, text, diagnostics).map(Settings::config);
    }

    /** As {@link #load}, with the positions of the status colours. */
    public static Optional<Settings> read(String file, String text, Diagnostics diagnostics) {
        return TreeReader.readJson(file, text, diagnostics)
                .flatMap(node -> Fields.of(node, Text.of("term.where.site-json"), diagnostics))
                .flatMap(fields -> settings(fields, diagnostics));
    }

    private static Optional<Settings> settings(Fields f, Diagnostics diagnostics) {
        Optional<String> title = f.requiredText("title");
        Optional<String> organisation = f.requiredText("organisation");
        Optional<String> language = f.requiredText("language");
        Optional<String> baseUrl = f.requiredTextAllowEmpty("baseUrl");
        Optional<String> accessibility = f.requiredText("accessibilityStatementUrl");
        List<String> monthLabels = monthLabels(f, diagnostics);
        int reportDay = f.has("reportDay") ? f.requiredInt("reportDay", 1, 28).orElse(10) : 10;
        Map<String, SourcePosition> colourAt = new LinkedHashMap<>();
        List<Status> statuses = statuses(f, colourAt, diagnostics);
        Optional<MailSettings> mail = f.has("mail")
                ? MailSettingsLoader.read(f.optional("mail").get(), diagnostics)
                : Optional.of(MailSettings.NONE);
        f.rejectUnknownKeys();
        // Messages speak da and en; pages, PDF and mail are Danish whatever the language says.
        language.filter(l -> !l.equals("da"))
                .ifPresent(l -> diagnostics.warning(
                        f.valueAt("language"), l.equals("en") ? "language-pages-danish" : "language-unsupported", l));
        baseUrl.filter(u -> !u.isEmpty() && !isWebAddress(u))
                .ifPresent(u -> diagnostics.error(f.valueAt("baseUrl"), "base-url-invalid", u));
        accessibility
                .filter(u -> !isWebAddress(u))
                .ifPresent(
                        u -> diagnostics.error(f.valueAt("accessibilityStatementUrl"), "accessibility-url-invalid", u));
        if (title.isEmpty()
                || organisation.isEmpty()
                || language.isEmpty()
                || baseUrl.isEmpty()
                || accessibility.isEmpty()
                || (!baseUrl.get().isEmpty() && !isWebAddress(baseUrl.get()))
                || !isWebAddress(accessibility.get())
                || monthLabels.size() != 12
                || statuses.isEmpty()
                || mail.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Settings(
                new SiteConfig(
                        title.get(),
                        organisation.get(),
                        language.get(),
                        baseUrl.get(),
                        accessibility.get(),
                        monthLabels,
                        reportDay,
                        statuses,
                        mail.get()),
                colourAt));
    }

    private static List<String> monthLabels(Fields f, Diagnostics diagnostics) {
        if (!f.has("monthLabels")) {
            return DEFAULT_MONTH_LABELS;
        }
        List<String> labels = new ArrayList<>();
        f.optionalList("monthLabels").ifPresent(items -> {
            if (items.size() != 12) {
                diagnostics.error(f.keyAt("monthLabels"), "month-labels-count", items.size());
                return;
            }
            for (Node item : items) {
                if (item instanceof Node.ScalarNode s && s.value() instanceof String label && !label.isBlank()) {
                    labels.add(label);
                } else {
                    diagnostics.error(item.at(), "month-label-not-text");
                }
            }
        });
        return labels;
    }

    private static List<Status> statuses(Fields f, Map<String, SourcePosition> colourAt, Diagnostics diagnostics) {
        Map<String, Status> byKey = new LinkedHashMap<>();
        Map<String, SourcePosition> labelAt = new LinkedHashMap<>();
        f.requiredList("statuses").ifPresent(items -> {
            for (Node item : items) {
                Fields.of(item, Text.of("term.where.status-entry"), diagnostics).ifPresent(s -> {
                    Optional<String> key = s.requiredText("key");
                    Optional<String> label = s.requiredText("label");
                    Optional<String> text = s.requiredText("defaultText");
                    Optional<Integer> severity = s.requiredInt("severity", 0, 100);
                    Optional<String> colour = s.requiredText("colour");
                    String icon = s.optionalText("icon").orElse("");
                    s.rejectUnknownKeys();
                    colour.filter(c -> !COLOUR.matcher(c).matches())
                            .ifPresent(c -> diagnostics.error(s.keyAt("colour"), "colour-invalid", c));
                    if (key.isPresent() && byKey.containsKey(key.get())) {
                        diagnostics.error(s.keyAt("key"), "status-defined-twice", key.get());
                        return;
                    }
                    if (key.isPresent()
                            && label.isPresent()
                            && text.isPresent()
                            && severity.isPresent()
                            && colour.isPresent()
                            && COLOUR.matcher(colour.get()).matches()) {
                        byKey.put(
                                key.get(),
                                new Status(key.get(), label.get(), text.get(), severity.get(), colour.get(), icon));
                        colourAt.put(key.get(), s.valueAt("colour"));
                        labelAt.put(key.get(), s.valueAt("label"));
                    }
                });
            }
            for (String builtIn : Status.BUILT_IN) {
                if (!byKey.containsKey(builtIn) && items.stream().noneMatch(i -> mentionsKey(i, builtIn))) {
                    diagnostics.error(
                            f.keyAt("statuses"), "status-builtin-missing", builtIn, Text.andList(Status.BUILT_IN));
                }
            }
        });
        if (!rejectAmbiguousLabels(List.copyOf(byKey.values()), labelAt, diagnostics)) {
            return List.of();
        }
        return List.copyOf(byKey.values());
    }

    /**
     * A report may name a status by its key or its label, in any case; each word must then mean one
     * status. True when every label does.
     */
    private static boolean rejectAmbiguousLabels(
            List<Status> statuses, Map<String, SourcePosition> labelAt, Diagnostics diagnostics) {
        boolean clear = true;
        Map<String, Status> byLabel = new LinkedHashMap<>();
        for (Status status : statuses) {
            String label = status.label().strip().toLowerCase(Locale.ROOT);
            Status first = byLabel.putIfAbsent(label, status);
            if (first != null) {
                diagnostics.error(
                        labelAt.get(status.key()), "status-label-duplicate", status.label(), first.key(), status.key());
                clear = false;
            }
            boolean isOtherKey = statuses.stream()
                    .anyMatch(other -> other != status && other.key().equalsIgnoreCase(label));
            if (isOtherKey) {
                diagnostics.error(labelAt.get(status.key()), "status-label-is-key", status.label(), status.key());
                clear = false;
            }
        }
        return clear;
    }

    /**
     * An absolute http(s) address with a host, and nothing a browser would read otherwise: no
     * spaces, control characters or backslashes. Everything in site.json lands on every page.
     */
    static boolean isWebAddress(String url) {
        if (!url.matches("(?i)https?://[^\\s\\\\/?#]+([/?#][^\\s\\\\]*)?")
                || ControlCharacters.indexOfForbidden(url) >= 0) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** True when an entry names the key but failed for another reason (already reported). */
    private static boolean mentionsKey(Node item, String key) {
        return item instanceof Node.MapNode map
                && map.values().get("key") instanceof Node.ScalarNode s
                && key.equals(s.value());
    }
}
