package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.Status;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Warns when site.json's status colours are hard to read or to tell apart. The status is never told
 * by colour alone (every cell has its icon and text), but readers scan the heatmap by colour first,
 * so each pair of statuses must differ clearly and each colour must be readable on and against white.
 */
final class PaletteWarnings {
    /** CIEDE2000 difference two statuses need to be told apart at a glance (1 is barely visible). */
    static final double MIN_DIFFERENCE = 20;
    /** WCAG 1.4.11: a status icon drawn in the colour on the white page. */
    static final double MIN_ICON_CONTRAST = 3;
    /** WCAG 1.4.3: text drawn on the colour, as the heatmap's cells and legend draw their icons. */
    static final double MIN_TEXT_CONTRAST = 4.5;
    /** What the templates draw on a status colour (style.css: .hm-cell a, .hm-swatch). */
    static final Colour TEXT_ON_STATUS_COLOUR = Colour.WHITE;

    private final Diagnostics diagnostics;

    PaletteWarnings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Checks every colour and every pair; {@code colourAt} by status key, else {@code siteJson}. */
    void warn(List<Status> statuses, Map<String, SourcePosition> colourAt, SourcePosition siteJson) {
        for (Status status : statuses) {
            SourcePosition at = colourAt.getOrDefault(status.key(), siteJson);
            Colour colour = Colour.parse(status.colour());
            double onWhite = colour.contrastWith(Colour.WHITE);
            double textOnIt = colour.contrastWith(TEXT_ON_STATUS_COLOUR);
            if (onWhite < MIN_ICON_CONTRAST) {
                diagnostics.warning(
                        at,
                        "the colour of \"" + status.key() + "\" (" + status.colour() + ") has contrast "
                                + ratio(onWhite) + " with white: icons in it on the white page need at least "
                                + limit(MIN_ICON_CONTRAST) + ", and white text on it at least "
                                + limit(MIN_TEXT_CONTRAST),
                        darker(status));
            } else if (textOnIt < MIN_TEXT_CONTRAST) {
                diagnostics.warning(
                        at,
                        "white text on the colour of \"" + status.key() + "\" (" + status.colour()
                                + ") has contrast " + ratio(textOnIt) + "; the heatmap's cells need at least "
                                + limit(MIN_TEXT_CONTRAST),
                        darker(status));
            }
        }
        for (int i = 0; i < statuses.size(); i++) {
            for (int j = i + 1; j < statuses.size(); j++) {
                pair(
                        statuses.get(i),
                        statuses.get(j),
                        colourAt.getOrDefault(statuses.get(j).key(), siteJson));
            }
        }
    }

    /** Reported at the later entry of the pair: the one an editor most likely just added or changed. */
    private void pair(Status first, Status second, SourcePosition at) {
        double difference = Ciede2000.difference(
                Colour.parse(first.colour()).lab(),
                Colour.parse(second.colour()).lab());
        if (difference < MIN_DIFFERENCE) {
            diagnostics.warning(
                    at,
                    "the colours of \"" + first.key() + "\" (" + first.colour() + ") and \""
                            + second.key() + "\" (" + second.colour() + ") are too alike: CIEDE2000 ΔE "
                            + String.format(Locale.ROOT, "%.1f", difference) + ", at least "
                            + String.format(Locale.ROOT, "%.0f", MIN_DIFFERENCE) + " is needed to tell them apart",
                    "give \"" + second.key() + "\" a colour of another hue or a clearly different lightness"
                            + " (README.md lists a palette that passes)");
        }
    }

    private static String darker(Status status) {
        return "use a darker shade for \"" + status.key() + "\" (README.md lists a palette that passes)";
    }

    /** A measured ratio: "2.96:1". */
    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f:1", value);
    }

    /** A limit as WCAG writes it: "3:1", "4.5:1". */
    private static String limit(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + ":1";
    }
}
