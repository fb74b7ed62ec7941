package dk.flis.driftsstatus.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks every internal {@code href}/{@code src} of a page: the file exists inside the root, and a
 * {@code #fragment} names an element of the target page. External links ({@code https:},
 * {@code mailto:}, {@code //host}) are not followed: the gate must not need the network.
 */
final class LinkChecker {
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*");

    private final Path root;
    private final Map<Path, Document> parsed = new HashMap<>();

    LinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A link that does not resolve: "history/index.html:12: href=\"x.html\": target does not exist: history/x.html". */
    record BrokenLink(String page, int line, String attribute, String value, String reason) {
        @Override
        public String toString() {
            return page + ":" + line + ": " + attribute + "=\"" + value + "\": " + reason;
        }
    }

    List<BrokenLink> check(String page) {
        Path file = root.resolve(page);
        List<BrokenLink> broken = new ArrayList<>();
        for (Element element : parse(file).select("[href], [src]")) {
            for (String attribute : List.of("href", "src")) {
                if (element.hasAttr(attribute)) {
                    String value = element.attr(attribute).trim();
                    String reason = reason(file, value);
                    if (reason != null) {
                        broken.add(new BrokenLink(
                                page, element.sourceRange().start().lineNumber(), attribute, value, reason));
                    }
                }
            }
        }
        return broken;
    }

    /** Why {@code value} on {@code file} does not resolve, or null when it does (or is external). */
    String reason(Path file, String value) {
        if (value.isEmpty() || EXTERNAL.matcher(value).matches()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return "malformed URL: " + e.getMessage();
        }
        String path = uri.getPath();
        Path target = path == null || path.isEmpty()
                ? file
                : path.startsWith("/")
                        ? root.resolve(path.substring(1)).normalize()
                        : file.getParent().resolve(path).normalize();
        if (!target.startsWith(root)) {
            return "points outside the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return "target does not exist: " + relative(target);
        }
        String fragment = uri.getFragment();
        if (fragment != null
                && !fragment.isEmpty()
                && target.toString().endsWith(".html")
                && parse(target).getElementById(fragment) == null) {
            return "no element with id \"" + fragment + "\" in " + relative(target);
        }
        return null;
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private Document parse(Path file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8", "", Parser.htmlParser().setTrackPosition(true));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
