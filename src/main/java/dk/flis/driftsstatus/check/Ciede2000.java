package dk.flis.driftsstatus.check;

/**
 * The CIEDE2000 colour difference (CIE 142-2001), written after Sharma, Wu and Dalal, "The CIEDE2000
 * Color-Difference Formula: Implementation Notes, Supplementary Test Data, and Mathematical
 * Observations" (Color Research & Application 30(1), 2005), with k_L = k_C = k_H = 1. About 1 is
 * a just-noticeable difference; two colours a reader must tell apart at a glance need far more.
 */
public final class Ciede2000 {
    private static final double TWENTY_FIVE_TO_THE_SEVENTH = Math.pow(25, 7);

    private Ciede2000() {}

    /** ΔE00 between two L*a*b* colours; symmetric, 0 for equal colours. */
    public static double difference(Colour.Lab first, Colour.Lab second) {
        // Step 1: a' stretched for near-neutral colours (G), then C' and h'.
        double meanChroma = (Math.hypot(first.a(), first.b()) + Math.hypot(second.a(), second.b())) / 2;
        double g = 0.5 * (1 - Math.sqrt(seventhPowerShare(meanChroma)));
        double a1 = (1 + g) * first.a();
        double a2 = (1 + g) * second.a();
        double c1 = Math.hypot(a1, first.b());
        double c2 = Math.hypot(a2, second.b());
        double h1 = hueDegrees(first.b(), a1);
        double h2 = hueDegrees(second.b(), a2);

        // Step 2: the differences in lightness, chroma and hue.
        double deltaL = second.lightness() - first.lightness();
        double deltaC = c2 - c1;
        double deltaHueAngle;
        if (c1 * c2 == 0) {
            deltaHueAngle = 0; // a neutral colour has no hue to differ in
        } else if (Math.abs(h2 - h1) <= 180) {
            deltaHueAngle = h2 - h1;
        } else if (h2 - h1 > 180) {
            deltaHueAngle = h2 - h1 - 360;
        } else {
            deltaHueAngle = h2 - h1 + 360;
        }
        double deltaH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(deltaHueAngle / 2));

        // Step 3: the weights, taken at the pair's mean lightness, chroma and hue.
        double meanL = (first.lightness() + second.lightness()) / 2;
        double meanC = (c1 + c2) / 2;
        double meanHue;
        if (c1 * c2 == 0) {
            meanHue = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            meanHue = (h1 + h2) / 2;
        } else if (h1 + h2 < 360) {
            meanHue = (h1 + h2 + 360) / 2;
        } else {
            meanHue = (h1 + h2 - 360) / 2;
        }
        double t = 1
                - 0.17 * cosDegrees(meanHue - 30)
                + 0.24 * cosDegrees(2 * meanHue)
                + 0.32 * cosDegrees(3 * meanHue + 6)
                - 0.20 * cosDegrees(4 * meanHue - 63);
        double deltaTheta = 30 * Math.exp(-Math.pow((meanHue - 275) / 25, 2));
        double rotationChroma = 2 * Math.sqrt(seventhPowerShare(meanC));
        double lightnessOffset = (meanL - 50) * (meanL - 50);
        double weightL = 1 + 0.015 * lightnessOffset / Math.sqrt(20 + lightnessOffset);
        double weightC = 1 + 0.045 * meanC;
        double weightH = 1 + 0.015 * meanC * t;
        // The blue region's rotation term: chroma and hue differences interact there.
        double rotation = -Math.sin(Math.toRadians(2 * deltaTheta)) * rotationChroma;

        double l = deltaL / weightL;
        double c = deltaC / weightC;
        double h = deltaH / weightH;
        return Math.sqrt(l * l + c * c + h * h + rotation * c * h);
    }

    /** x⁷ / (x⁷ + 25⁷): how far a chroma is from neutral, as the formula weighs it. */
    private static double seventhPowerShare(double chroma) {
        double seventh = Math.pow(chroma, 7);
        return seventh / (seventh + TWENTY_FIVE_TO_THE_SEVENTH);
    }

    /** The hue angle in degrees, 0–360; 0 for a neutral colour (a' = b = 0). */
    private static double hueDegrees(double b, double aPrime) {
        if (b == 0 && aPrime == 0) {
            return 0;
        }
        double degrees = Math.toDegrees(Math.atan2(b, aPrime));
        return degrees < 0 ? degrees + 360 : degrees;
    }

    private static double cosDegrees(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
