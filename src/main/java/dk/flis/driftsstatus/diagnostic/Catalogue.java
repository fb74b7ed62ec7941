package dk.flis.driftsstatus.diagnostic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text an editor reads from the program, in one language: {@code messages_da.properties} or
 * {@code messages_en.properties} beside this class. Patterns are {@link MessageFormat}s, always
 * formatted, so quoting rules are the same for every value.
 */
public final class Catalogue {
    /** The languages the catalogue speaks; the first is the default. */
    public static final Set<String> LANGUAGES = Set.of("da", "en");

    private static final Map<String, Catalogue> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Catalogue(String language) {
        this.language = language;
        this.locale = language.equals("da") ? Locale.forLanguageTag("da-DK") : Locale.forLanguageTag("en-GB");
        String name = "messages_" + language + ".properties";
        try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing catalogue " + name);
            }
            this.bundle = new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue of {@code language} ("da" or "en"); Danish for anything else. */
    public static Catalogue of(String language) {
        String known = language != null && LANGUAGES.contains(language) ? language : "da";
        return LOADED.computeIfAbsent(known, Catalogue::new);
    }

    /** Danish, the editors' language and the default. */
    public static Catalogue danish() {
        return of("da");
    }

    /**
     * The catalogue for the {@code language} written in {@code contentFolder/site.json}, read
     * tolerantly (a broken or missing file means Danish), since it is needed before the content is checked.
     */
    public static Catalogue forContent(Path contentFolder) {
        try {
            Path site = contentFolder.resolve("site.json");
            if (!Files.isRegularFile(site) || Files.size(site) > 1_000_000) {
                return danish();
            }
            JsonNode language = new ObjectMapper().readTree(site.toFile()).path("language");
            return of(language.isTextual() ? language.asText().strip() : "da");
        } catch (IOException | RuntimeException e) {
            return danish(); // the real problem is reported, in Danish, when the content is loaded
        }
    }

    /** The language code, "da" or "en". */
    public String language() {
        return language;
    }

    /** The locale that numbers are formatted in. */
    public Locale locale() {
        return locale;
    }

    /** The resource bundle, for picocli's help texts. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** Whether the catalogue has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text worded in this language; arguments that are Texts are worded first. */
    public String format(Text text) {
        if (text.isEmpty()) {
            return "";
        }
        return format(text.key(), text.args().toArray());
    }

    /** The pattern under {@code key} formatted with {@code args}. */
    public String format(String key, Object... args) {
        Object[] worded = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            worded[i] = args[i] instanceof Text || args[i] instanceof MonthInWords ? word(args[i]) : args[i];
        }
        return new MessageFormat(bundle.getString(key), locale).format(worded);
    }

    /** An argument as a message shows it: a Text worded, a month in words, anything else as text. */
    public String word(Object argument) {
        if (argument instanceof Text nested) {
            return format(nested);
        }
        if (argument instanceof MonthInWords m) {
            return DateTimeFormatter.ofPattern("MMMM yyyy", locale).format(m.month());
        }
        return String.valueOf(argument);
    }
}
