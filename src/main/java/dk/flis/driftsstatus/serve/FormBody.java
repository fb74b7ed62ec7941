package dk.flis.driftsstatus.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads an {@code application/x-www-form-urlencoded} body, bounded: at most {@value #MAX_BYTES}
 * bytes (a month's form is a few kilobytes) and {@value #MAX_FIELDS} fields, strict UTF-8 (a
 * malformed byte is refused, not replaced), every name once.
 */
final class FormBody {
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_FIELDS = 10_000;

    private FormBody() {}

    /** The fields of the body in {@code in}, whose declared length is {@code contentLength} (null: unknown). */
    static Map<String, String> read(InputStream in, String contentLength) throws IOException, RequestRefused {
        if (contentLength != null) {
            try {
                if (Long.parseLong(contentLength.strip()) > MAX_BYTES) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw new RequestRefused(400, "Bad Request: Content-Length");
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            body.write(buffer, 0, n);
            if (body.size() > MAX_BYTES) {
                throw tooLarge();
            }
        }
        return parse(body.toString(StandardCharsets.ISO_8859_1));
    }

    private static RequestRefused tooLarge() {
        return new RequestRefused(413, "Formularen er for stor (over 2 MB). Intet er gemt.");
    }

    /** The fields of an encoded body (given as one char per byte). */
    static Map<String, String> parse(String body) throws RequestRefused {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (fields.size() >= MAX_FIELDS) {
                throw new RequestRefused(413, "Payload Too Large: too many fields");
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (fields.putIfAbsent(name, value) != null) {
                throw new RequestRefused(400, "Bad Request: the field " + name + " is sent twice");
            }
        }
        return fields;
    }

    private static String decode(String encoded) throws RequestRefused {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    throw new RequestRefused(400, "Bad Request: broken percent-encoding");
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new RequestRefused(400, "Bad Request: broken percent-encoding");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0xFF) {
                throw new RequestRefused(400, "Bad Request: not URL-encoded");
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RequestRefused(400, "Bad Request: the form is not UTF-8");
        }
    }
}
