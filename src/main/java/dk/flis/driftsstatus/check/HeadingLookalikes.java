package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.load.ReportSource;
import dk.flis.driftsstatus.model.Area;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that look like an area's heading but are not one ({@code # Aula}, {@code ### Aula},
 * {@code ##Aula}): Markdown makes them part of the note above, so that area's text would silently be
 * published under another area. Errors, since a warning would let build publish exactly that.
 */
final class HeadingLookalikes {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(\\s*)(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");

    private final AreaNames names;
    private final Diagnostics diagnostics;

    HeadingLookalikes(AreaNames names, Diagnostics diagnostics) {
        this.names = names;
        this.diagnostics = diagnostics;
    }

    /** Reports each look-alike line in the report's body at its line in the file. */
    void check(ReportSource source) {
        String[] lines = source.body().text().split("\n", -1);
        String noteOf = null; // the area whose note a line joins: the last "## " heading's name
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (inFence || !m.matches() || m.group(3).isEmpty()) {
                continue;
            }
            String hashes = m.group(1);
            String text = m.group(3);
            Optional<Area> area = names.byAnyName(text);
            SourcePosition at = new SourcePosition(source.file(), i + 1 + source.bodyLineOffset(), 1);
            if (hashes.equals("##") && !m.group(2).isEmpty()) {
                noteOf = names.byAnyName(text).map(Area::name).orElse(text);
                continue;
            }
            if (area.isEmpty()) {
                continue; // "#hashtag" or a sub-heading of a note: not about an area
            }
            if (m.group(2).isEmpty()) {
                diagnostics.error(at, "heading-missing-space", text, area.get().name(), hashes);
            } else if (hashes.equals("#") || !hasOwnHeading(lines, area.get())) {
                Text hint = noteOf == null
                        ? Text.of("area-heading-wrong-level.hint.preface", text)
                        : Text.of(
                                "area-heading-wrong-level.hint",
                                text,
                                area.get().name(),
                                hashes,
                                noteOf);
                diagnostics.error(
                        at,
                        Text.of(
                                "area-heading-wrong-level.message",
                                text,
                                area.get().name(),
                                hashes),
                        hint);
            }
        }
    }

    /** Whether the body has a real "## " heading for {@code area}; then "### area" is a sub-heading. */
    private boolean hasOwnHeading(String[] lines, Area area) {
        for (String line : lines) {
            Matcher m = HEADING.matcher(line);
            if (m.matches()
                    && m.group(1).equals("##")
                    && !m.group(2).isEmpty()
                    && names.byAnyName(m.group(3)).filter(area::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
