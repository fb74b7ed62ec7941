package dk.flis.driftsstatus.load;

import java.util.regex.Pattern;

/**
 * The form of an area's id and a page's file name, which become part of the site's addresses:
 * lower-case letters a–z, digits and single hyphens between them ("krl-personale").
 */
public final class Slug {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slug() {}

    /** Whether {@code text} is a slug. */
    public static boolean isSlug(String text) {
        return FORM.matcher(text).matches();
    }
}
