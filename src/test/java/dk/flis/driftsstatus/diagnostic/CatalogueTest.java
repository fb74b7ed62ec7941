package dk.flis.driftsstatus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.FixtureSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Danish and English catalogues say the same things, every pattern formats, every code and key
 * the program names exists in both, and no diagnostic, summary or usage text is written outside them.
 */
class CatalogueTest {
    private static final Path MAIN = FixtureSite.PROJECT.resolve("src/main/java/dk/flis/driftsstatus");
    /** Keys picocli reads itself (no MessageFormat) and the launcher scripts' lines. */
    private static final Pattern NOT_MESSAGE_FORMAT =
            Pattern.compile("^(help\\.|usage\\.|driftsstatus\\.|mixinStandardHelpOptions\\.|launcher\\.).*");

    private static final Pattern CALL = Pattern.compile(
            "\\.(error|warning)\\(|OutputRefused\\.of\\(|new DeliveryFailure\\(|Text\\.of\\(|words\\(?\\)?\\.format\\("
                    + "|ParameterException\\(|\\.println\\(|\\.print\\(");

    @Test
    void bothCataloguesDefineTheSameKeys() throws IOException {
        assertEquals(keys("da"), keys("en"));
        assertTrue(keys("da").size() > 500, "the whole catalogue is loaded");
    }

    @Test
    void everyPatternFormatsInItsLanguage() throws IOException {
        for (String language : List.of("da", "en")) {
            Properties values = load(language);
            Locale locale = Catalogue.of(language).locale();
            for (String key : values.stringPropertyNames()) {
                String value = values.getProperty(key);
                if (key.startsWith("launcher.")) {
                    continue; // the shell scripts' lines, not read by Java
                }
                if (NOT_MESSAGE_FORMAT.matcher(key).matches()) {
                    assertTrue(!value.matches("(?s).*\\{\\d.*"), language + " " + key + " is picocli's: no {n} in it");
                    continue;
                }
                MessageFormat format = new MessageFormat(value, locale);
                Format[] formats = format.getFormatsByArgumentIndex();
                Object[] args = new Object[10];
                for (int i = 0; i < args.length; i++) {
                    Format f = i < formats.length ? formats[i] : null;
                    args[i] = f instanceof NumberFormat || f instanceof ChoiceFormat ? (Object) 2 : "x";
                }
                String formatted = format.format(args);
                assertTrue(!formatted.contains("{") || value.contains("'{'"), language + " " + key + ": " + formatted);
                assertTrue(
                        !value.replace("''", "")
                                .replace("'{'", "")
                                .replace("'}'", "")
                                .contains("'"),
                        language + " " + key + " has a lone single quote, which MessageFormat swallows: " + value);
            }
        }
    }

    @Test
    void everyCodeAndKeyTheProgramNamesIsInBothCatalogues() throws IOException {
        Set<String> da = keys("da");
        Set<String> en = keys("en");
        List<String> missing = new ArrayList<>();
        for (Call call : calls()) {
            String literal = call.literalKeyArgument();
            if (literal == null) {
                continue;
            }
            boolean isCode = call.isCodeCall();
            String key = isCode ? literal + ".message" : literal;
            if (!da.contains(key) || !en.contains(key)) {
                missing.add(call.where + ": " + key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noDiagnosticOrSummaryTextIsWrittenOutsideTheCatalogues() throws IOException {
        List<String> english = new ArrayList<>();
        for (Call call : calls()) {
            boolean printed = call.name.contains("print") || call.name.contains("ParameterException");
            if ((call.isCodeCall() || printed) && hasSentence(call.args)) {
                english.add(call.where + ": " + call.args.strip());
            }
        }
        assertEquals(List.of(), english);
    }

    /** Whether the code holds a string literal of words: a sentence that belongs in the catalogue. */
    private static boolean hasSentence(String code) {
        Matcher literal = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"").matcher(code);
        while (literal.find()) {
            if (literal.group(1).matches(".*[A-Za-zæøåÆØÅ]{2,}.*\\s.*")) {
                return true;
            }
        }
        return false;
    }

    /** One call that names a catalogue text: where, and its argument list as written. */
    private record Call(String where, String name, String args) {
        /** Calls whose first text argument is a code (message and hint keys are made from it). */
        boolean isCodeCall() {
            return name.startsWith(".error")
                    || name.startsWith(".warning")
                    || name.startsWith("OutputRefused")
                    || name.startsWith("new DeliveryFailure");
        }

        /** The string literal that is the code or key, or null when it is computed. */
        String literalKeyArgument() {
            List<String> parts = topLevelArguments(args);
            int index =
                    name.startsWith(".error") || name.startsWith(".warning") || name.startsWith("new Delivery") ? 1 : 0;
            if (parts.size() <= index) {
                return null;
            }
            Matcher m = Pattern.compile("^\"([a-z0-9.-]+)\"$")
                    .matcher(parts.get(index).strip());
            return m.matches() ? m.group(1) : null;
        }
    }

    private static List<Call> calls() throws IOException {
        List<Call> calls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.toString().contains("/view/") || file.toString().contains("/render/data/")) {
                    continue; // pages, PDF and mail texts for readers, gathered in view/ReaderTexts
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = CALL.matcher(text);
                while (m.find()) {
                    int end = closingParen(text, m.end());
                    String where = MAIN.relativize(file) + ":"
                            + (text.substring(0, m.start()).split("\n", -1).length);
                    calls.add(new Call(where, m.group(), text.substring(m.end(), end)));
                }
            }
        }
        return calls;
    }

    private static int closingParen(String text, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static List<String> topLevelArguments(String args) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < args.length(); i++) {
            char c = args.charAt(i);
            if (inString) {
                current.append(c);
                if (c == '\\' && i + 1 < args.length()) {
                    current.append(args.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static Set<String> keys(String language) throws IOException {
        return new TreeSet<>(load(language).stringPropertyNames());
    }

    private static Properties load(String language) throws IOException {
        Properties values = new Properties();
        try (InputStream in = Catalogue.class.getResourceAsStream("messages_" + language + ".properties")) {
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return values;
    }
}
