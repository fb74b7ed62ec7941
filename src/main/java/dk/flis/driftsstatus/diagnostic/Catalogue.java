package dk.flis.driftsstatus.diagnostic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
    private static final JsonFactory JSON = new JsonFactory();

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
            return of(language(site));
        } catch (IOException | RuntimeException e) {
            return danish(); // the real problem is reported, in Danish, when the content is loaded
        }
    }

    /**
     * The top-level "language" of a JSON file (the last one, if repeated), stripped, or "da" when it is
     * not a text. Read with the streaming parser the content loader uses anyway: Jackson's object
     * mapper, set up for this one field, cost every command about 60 ms of class initialisation. The
     * whole root value is read, every value with the mapper's limits, so a file the mapper refused
     * is refused here too.
     */
    private static String language(Path site) throws IOException {
        String language = "da";
        try (JsonParser parser = JSON.createParser(site.toFile())) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                skipValue(parser, token);
                return language;
            }
            for (token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("language") && value == JsonToken.VALUE_STRING) {
                    language = parser.getText().strip();
                } else {
                    language = field.equals("language") ? "da" : language;
                    skipValue(parser, value);
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new IOException("site.json ends early");
            }
        }
        return language;
    }

    /** Reads past the value that starts at {@code token}, reading each scalar as the mapper would. */
    private static void skipValue(JsonParser parser, JsonToken token) throws IOException {
        int depth = 0;
        do {
            if (token == null) {
                throw new IOException("site.json ends early");
            }
            switch (token) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
                default -> {}
            }
            if (depth > 0) {
                token = parser.nextToken();
            }
        } while (depth > 0);
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
