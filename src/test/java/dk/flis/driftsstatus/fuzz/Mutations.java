package dk.flis.driftsstatus.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Turns a real content file into a damaged one the way editors, editors' tools and disks do:
 * flipped bytes, cut-off files, lost or doubled lines, stray Unicode, absurd nesting and numbers.
 * Every choice comes from the given {@link Random}, so a seed reproduces a failure.
 */
final class Mutations {
    private static final String[] TOKENS = {
        "---",
        "## ",
        ": ",
        "{",
        "}",
        "[",
        "]",
        "null",
        "\"",
        "'",
        "\t",
        "&",
        "<",
        "*",
        "- ",
        "~",
        "!!binary",
        "&a [*a, *a]",
        "? ",
        "|",
        ">",
        "#",
        "\\",
        "\\u0000",
        ",",
        "0x1F",
        "-1",
        "2025-13",
        "1e999999",
        "9999999999999999999999",
        "NaN",
        "true",
        "<script>",
        "](javascript:x)",
        "\n",
        "\r\n",
        "\r"
    };
    private static final int[] ODD_CODE_POINTS = {
        0, 0x7F, 0x85, 0xA0, 0xAD, 0x200B, 0x200E, 0x202E, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0xFFFF, 0x1F600, 0x10FFFF,
        0xD800, 0xDFFF, 'æ', 'ø', 'å', 'Ø'
    };

    private Mutations() {}

    /** One to four random mutations of {@code seed}, as bytes (possibly not valid UTF-8). */
    static byte[] mutate(String seed, Random random) {
        byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            bytes = once(bytes, random);
        }
        return bytes;
    }

    /** A mutation that stays valid UTF-8, for loaders that take text. */
    static String mutateText(String seed, Random random) {
        return new String(mutate(seed, random), StandardCharsets.UTF_8);
    }

    private static byte[] once(byte[] bytes, Random random) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return switch (random.nextInt(11)) {
            case 0 -> flipBytes(bytes, random);
            case 1 -> Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
            case 2 -> utf8(editLines(text, random, false));
            case 3 -> utf8(editLines(text, random, true));
            case 4 -> utf8(insert(text, random, TOKENS[random.nextInt(TOKENS.length)]));
            case 5 -> utf8(insert(text, random, new String(Character.toChars(oddCodePoint(random)))));
            case 6 -> utf8(insert(text, random, randomUnicode(random, 1 + random.nextInt(40))));
            case 7 -> utf8(insert(text, random, nesting(random)));
            case 8 -> utf8(text.replaceAll("\\d+", hugeNumber(random)));
            case 9 -> utf8(replaceValue(text, random));
            default ->
                utf8(insert(text, random, TOKENS[random.nextInt(TOKENS.length)].repeat(1 + random.nextInt(200))));
        };
    }

    private static byte[] flipBytes(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static String editLines(String text, Random random, boolean duplicate) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (lines.isEmpty()) {
            return text;
        }
        int at = random.nextInt(lines.size());
        if (duplicate) {
            lines.add(random.nextInt(lines.size() + 1), lines.get(at));
        } else {
            lines.remove(at);
        }
        return String.join("\n", lines);
    }

    private static String insert(String text, Random random, String piece) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    private static String replaceValue(String text, Random random) {
        String[] values = {
            "null",
            "[]",
            "{}",
            "\"\"",
            "-5",
            "0",
            "2147483648",
            "\"2025-02-30\"",
            "\"0000-00\"",
            "[1,[2]]",
            "\"x\"",
            "true",
            "1.5",
            "\"" + "a".repeat(10_000) + "\""
        };
        return text.replaceFirst(":\\s*[^,\\n}]+", ": " + values[random.nextInt(values.length)]);
    }

    private static String nesting(Random random) {
        int depth = 1 + random.nextInt(5000);
        return switch (random.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "]".repeat(random.nextInt(depth + 1));
            case 1 -> "{a: ".repeat(depth) + "}".repeat(random.nextInt(depth + 1));
            default -> "> ".repeat(depth) + "- ".repeat(random.nextInt(200)) + "x";
        };
    }

    private static String hugeNumber(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "9".repeat(1 + random.nextInt(400));
            case 1 -> "-" + "9".repeat(1 + random.nextInt(30));
            case 2 -> "1e" + random.nextInt(1_000_000);
            default -> Integer.toString(random.nextInt());
        };
    }

    private static int oddCodePoint(Random random) {
        int c = ODD_CODE_POINTS[random.nextInt(ODD_CODE_POINTS.length)];
        return Character.isSurrogate((char) c) ? 0xFFFD : c;
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            int c = random.nextInt(Character.MAX_CODE_POINT + 1);
            if (Character.isValidCodePoint(c) && !(c >= 0xD800 && c <= 0xDFFF)) {
                s.appendCodePoint(c);
            }
        }
        return s.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
