package dk.flis.driftsstatus.serve;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks that keep other web sites from editing through the editor's own browser. Host on every
 * request (a DNS-rebound page names its own host, the one header it cannot choose), and for every
 * POST: Origin, when sent, equal to our own origin; Sec-Fetch-Site, when sent, same-origin; a form
 * body; the per-process token, compared in constant time. Forwarded headers are never read.
 */
final class RequestGuard {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]+\\]");
    static final String FORM_TYPE = "application/x-www-form-urlencoded";

    /** The address and port the server bound. */
    record Binding(InetAddress address, int port) {}

    private final int port;
    private final String boundLiteral;
    private final boolean remote;
    private final byte[] token;

    RequestGuard(InetAddress bound, int port, boolean remote, String token) {
        this.port = port;
        String address = bound.getHostAddress().toLowerCase(Locale.ROOT);
        this.boundLiteral = address.contains(":") ? "[" + address.replaceAll("%.*$", "") + "]" : address;
        this.remote = remote;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The request's Host, lower-cased, when it names this server: {@code localhost}, {@code 127.0.0.1},
     * {@code [::1]} or the bound address, with our port (omitted only on port 80); with remote editing
     * also any IP literal, which cannot be rebound. Names other than localhost never pass.
     */
    String host(Headers headers) throws RequestRefused {
        List<String> values = headers.get("Host");
        if (values == null || values.size() != 1) {
            throw new RequestRefused(403, "Forbidden: unknown Host");
        }
        String host = values.get(0).strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        String name = host;
        String givenPort = "";
        if (colon >= 0 && colon > host.lastIndexOf(']')) {
            name = host.substring(0, colon);
            givenPort = host.substring(colon + 1);
        }
        boolean portOk = givenPort.equals(String.valueOf(port)) || givenPort.isEmpty() && port == 80;
        boolean nameOk = name.equals("localhost")
                || name.equals("127.0.0.1")
                || name.equals("[::1]")
                || name.equals(boundLiteral)
                || remote && (IPV4.matcher(name).matches() || IPV6.matcher(name).matches());
        if (!portOk || !nameOk) {
            throw new RequestRefused(403, "Forbidden: unknown Host");
        }
        return host;
    }

    /** Refuses a POST that another site's page could have sent, or whose body is not a form. */
    void post(Headers headers) throws RequestRefused {
        String host = host(headers);
        String origin = headers.getFirst("Origin");
        if (origin != null && !origin.equals("http://" + host)) {
            throw new RequestRefused(403, "Forbidden: foreign Origin");
        }
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            throw new RequestRefused(403, "Forbidden: cross-site request");
        }
        String type = headers.getFirst("Content-Type");
        if (type == null || !isForm(type)) {
            throw new RequestRefused(415, "Unsupported Media Type: send " + FORM_TYPE);
        }
    }

    private static boolean isForm(String contentType) {
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals(FORM_TYPE)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code given} is this process's token; constant time for a token of the right length. */
    boolean tokenMatches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
