package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.edit.ReportReader;
import dk.flis.driftsstatus.model.AreaEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What saving would change in a file that is not in the canonical form, named before the first
 * save, each cause found in the file itself: comments in the front matter, a heading that is an
 * alias, line ends, the final newline. Nothing when the file is canonical (the real October is).
 */
final class RewriteNotice {
    private static final Pattern HEADING = Pattern.compile("(?m)^##[ \\t]+(.+?)[ \\t]*#*[ \\t]*$");

    private RewriteNotice() {}

    static List<String> of(String original, String canonical, ReportReader.Read read) {
        String text = original.startsWith("\uFEFF") ? original.substring(1) : original;
        if (text.equals(canonical)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        List<String> all = text.lines().toList();
        int close = all.subList(1, all.size()).indexOf("---") + 1;
        for (int i = 1; i < close; i++) {
            String line = all.get(i);
            if (line.stripLeading().startsWith("#") || line.matches(".*\\s#.*") && !line.contains("\"")) {
                lines.add("Kommentarer i front matter forsvinder (linje " + (i + 1) + ": »" + line.strip() + "«).");
                break;
            }
        }
        Matcher heading = HEADING.matcher(text);
        while (heading.find()) {
            String written = heading.group(1).strip();
            for (AreaEntry entry : read.report().entries()) {
                String name = entry.area().name();
                boolean same = entry.area().aliases().contains(written)
                        || written.equalsIgnoreCase(entry.area().id())
                        || written.equalsIgnoreCase(name);
                if (same && !written.equals(name)) {
                    lines.add("Overskriften »## " + written + "« skrives som »## " + name + "«.");
                }
            }
        }
        if (text.contains("\r\n")) {
            lines.add("Linjeskift skrives som LF (filen bruger CRLF).");
        }
        if (!text.endsWith("\n") || text.endsWith("\n\n")) {
            lines.add("Filen slutter med præcis ét linjeskift.");
        }
        if (lines.isEmpty()) {
            lines.add(EditTexts.FALLBACK_REWRITE);
        }
        return lines;
    }
}
