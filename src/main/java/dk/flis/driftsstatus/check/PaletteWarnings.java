package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.model.Status;
import java.util.List;
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
                        "colour-low-contrast",
                        status.key(),
                        status.colour(),
                        onWhite,
                        MIN_ICON_CONTRAST,
                        MIN_TEXT_CONTRAST);
            } else if (textOnIt < MIN_TEXT_CONTRAST) {
                diagnostics.warning(
                        at, "colour-text-contrast", status.key(), status.colour(), textOnIt, MIN_TEXT_CONTRAST);
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
                    "colours-too-alike",
                    first.key(),
                    first.colour(),
                    second.key(),
                    second.colour(),
                    difference,
                    MIN_DIFFERENCE);
        }
    }
}
