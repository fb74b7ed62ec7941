package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.render.SitePaths;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to a file of the rendered site, and only to one: paths with {@code ..},
 * {@code .} or backslashes are refused, whether written plainly or percent-encoded.
 */
final class SiteFiles {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"));

    /** The outcome of a lookup: a site path, a refusal, or nothing there. */
    sealed interface Lookup {}

    record Found(String path) implements Lookup {}

    record Refused() implements Lookup {}

    record Missing() implements Lookup {}

    /** A folder asked for without its slash: relative links only work from {@code folder/}. */
    record Redirect(String location) implements Lookup {}

    private SiteFiles() {}

    /** {@code decodedPath} is the URI's path after percent-decoding, so encoded tricks are seen as what they are. */
    static Lookup lookup(String rawPath, String decodedPath, Map<String, byte[]> files) {
        if (decodedPath == null
                || !decodedPath.startsWith("/")
                || rawPath.contains("\\")
                || decodedPath.contains("\\")
                || decodedPath.indexOf('\0') >= 0) {
            return new Refused();
        }
        for (String segment : decodedPath.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return new Refused();
            }
        }
        String path = decodedPath.substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            path += SitePaths.INDEX;
        }
        if (files.containsKey(path)) {
            return new Found(path);
        }
        return files.containsKey(path + "/" + SitePaths.INDEX) ? new Redirect(rawPath + "/") : new Missing();
    }

    static String contentType(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(TYPES.get(extension)).orElse("application/octet-stream");
    }
}
