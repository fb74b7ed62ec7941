package dk.flis.driftsstatus.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTTP over a plain socket, so that a test can send what a browser or an attacker would: any Host,
 * any Origin, two Host headers, a request target in absolute form. HttpURLConnection refuses to.
 */
final class RawHttp {
    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** A response: status, headers (lower-case names) and body. */
    record Response(int status, Map<String, String> headers, String body) {
        Document page() {
            return Jsoup.parse(body);
        }
    }

    /** The host header a browser on this computer sends. */
    String host() {
        return "127.0.0.1:" + port;
    }

    Response get(String path) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n", new byte[0]);
    }

    /** A same-origin form POST as a browser sends it, with {@code extra} header lines. */
    Response post(String path, Map<String, String> fields, String... extra) throws IOException {
        byte[] body = encode(fields).getBytes(StandardCharsets.US_ASCII);
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\n");
        boolean hostGiven = false;
        boolean typeGiven = false;
        for (String line : extra) {
            head.append(line).append("\r\n");
            hostGiven |= line.toLowerCase(Locale.ROOT).startsWith("host:");
            typeGiven |= line.toLowerCase(Locale.ROOT).startsWith("content-type:");
        }
        if (!hostGiven) {
            head.append("Host: ").append(host()).append("\r\n");
        }
        if (!typeGiven) {
            head.append("Content-Type: application/x-www-form-urlencoded\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        return send(head.toString(), body);
    }

    Response send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (java.net.SocketException e) {
                // the server answered (and closed) before reading the whole body; read its answer
            }
            return parse(readResponse(socket.getInputStream()));
        }
    }

    /**
     * One response, read up to the end of its body as Content-Length gives it: a server that
     * refused a body it did not read may keep the connection open a while to drain it.
     */
    private static String readResponse(java.io.InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        long need = -1; // unknown: read to the end of the stream
        try {
            int b;
            while ((b = in.read()) >= 0) {
                all.write(b);
                if (need < 0
                        && b == '\n'
                        && all.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    String head = all.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                    java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)")
                            .matcher(head);
                    if (length.find()) {
                        need = all.size() + Long.parseLong(length.group(1));
                    } else if (!head.contains("chunked")) {
                        need = all.size();
                    }
                }
                if (need >= 0 && all.size() >= need) {
                    break;
                }
            }
        } catch (java.net.SocketException e) {
            // the server may close while a refused body is still being sent
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    private static Response parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, Math.max(0, end)).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        int status = lines.length > 0 && lines[0].length() >= 12 ? Integer.parseInt(lines[0].substring(9, 12)) : 0;
        return new Response(status, headers, end < 0 ? "" : raw.substring(end + 4));
    }

    /** The fields the form on {@code page} would submit as it stands. */
    static Map<String, String> formFields(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Element form = page.getElementById("formular");
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText().replaceFirst("^\n", "");
                case "select" ->
                    input.select("option[selected]").isEmpty()
                            ? input.select("option").first().attr("value")
                            : input.select("option[selected]").first().attr("value");
                default -> input.attr("value");
            };
            fields.put(input.attr("name"), value);
        }
        return fields;
    }

    static String encode(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
