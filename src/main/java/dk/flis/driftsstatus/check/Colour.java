package dk.flis.driftsstatus.check;

import java.util.Locale;

/**
 * An sRGB colour as site.json writes it ("#9a4a00"), with what the palette check needs to know of
 * it: its relative luminance (WCAG 2), its contrast with another colour, and its CIE L*a*b*.
 */
public record Colour(int red, int green, int blue) {
    /** CIE D65 white, the sRGB white point, for L*a*b*. */
    private static final double WHITE_X = 0.95047;

    private static final double WHITE_Y = 1.0;
    private static final double WHITE_Z = 1.08883;

    public static final Colour WHITE = new Colour(255, 255, 255);
    public static final Colour BLACK = new Colour(0, 0, 0);

    public Colour {
        for (int channel : new int[] {red, green, blue}) {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("a channel is 0–255, not " + channel);
            }
        }
    }

    /** "#rrggbb" (either case). */
    public static Colour parse(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not #rrggbb: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return new Colour(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    /** The colour as written in site.json: "#1e6b34". */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** WCAG 2's relative luminance: 0 for black, 1 for white. */
    public double relativeLuminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    /** WCAG 2's contrast ratio with {@code other}, from 1 (none) to 21 (black on white). */
    public double contrastWith(Colour other) {
        double a = relativeLuminance();
        double b = other.relativeLuminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The colour in CIE L*a*b* under D65, the space CIEDE2000 measures in. */
    public Lab lab() {
        double r = linear(red);
        double g = linear(green);
        double b = linear(blue);
        // IEC 61966-2-1 (sRGB) primaries to CIE XYZ.
        double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
        double fx = labCurve(x / WHITE_X);
        double fy = labCurve(y / WHITE_Y);
        double fz = labCurve(z / WHITE_Z);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /** A CIE L*a*b* colour: lightness 0–100 and the two opponent axes. */
    public record Lab(double lightness, double a, double b) {}

    /** An 8-bit sRGB channel, undone from its transfer curve to linear light. */
    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double labCurve(double t) {
        double delta = 6.0 / 29.0;
        return t > delta * delta * delta ? Math.cbrt(t) : t / (3 * delta * delta) + 4.0 / 29.0;
    }
}
