package dk.flis.driftsstatus.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Judges a link target written in a note: only web, mail and relative addresses pass. The scheme is
 * read the way a browser would, after entities, whitespace and control characters are removed, so
 * that {@code JaVa&#x09;script:} is caught like {@code javascript:}.
 */
final class LinkTarget {
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern EXTERNAL = Pattern.compile("^(https?:)?//.*", Pattern.CASE_INSENSITIVE);

    private LinkTarget() {}

    /** The diagnostic code of why {@code url} may not be a link target, or empty when it may. */
    static Optional<String> refusal(String url) {
        String scheme = scheme(url);
        return switch (scheme) {
            case "", "http", "https", "mailto" -> Optional.empty();
            case "javascript", "vbscript", "data" -> Optional.of("link-runs-code");
            default -> Optional.of("link-scheme-not-allowed");
        };
    }

    /**
     * True for an address on another host, which gets {@code rel="noopener noreferrer"}. Read as a
     * browser reads it: tabs and line breaks dropped, a backslash taken for a slash, so that
     * {@code /\evil.example} and {@code \\evil.example} count as the other hosts they lead to.
     */
    static boolean isExternal(String url) {
        String plain = url.replaceAll("[\\t\\n\\r]", "")
                .replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "")
                .replace('\\', '/');
        String scheme = scheme(url);
        return EXTERNAL.matcher(plain).matches() || scheme.equals("http") || scheme.equals("https");
    }

    /** The lower-case scheme as a browser reads it, or "" for a relative address. */
    static String scheme(String url) {
        String decoded = Parser.unescapeEntities(url, true);
        StringBuilder plain = new StringBuilder(decoded.length());
        decoded.codePoints()
                .filter(c -> c > 0x20
                        && !Character.isISOControl(c)
                        && !Character.isWhitespace(c)
                        && Character.getType(c) != Character.FORMAT)
                .forEach(plain::appendCodePoint);
        Matcher m = SCHEME.matcher(plain.toString().toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : "";
    }
}
