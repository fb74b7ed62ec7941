package dk.flis.driftsstatus.serve;

import dk.flis.driftsstatus.model.Content;
import dk.flis.driftsstatus.model.MonthlyReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which pages a rebuild shows ahead of the rest, and which open pages it tells to reload: the report
 * pages of the months a save changed, and the site paths whose bytes differ from what was shown.
 */
final class FirstPages {
    /** More changed months than this (a folder copied in, a branch checked out) are not worth a first round. */
    static final int MOST_MONTHS = 2;

    private FirstPages() {}

    /** The months whose checked report differs from {@code before}'s, or that {@code before} lacks. */
    static Set<YearMonth> changedMonths(Content before, Content now) {
        Map<YearMonth, MonthlyReport> earlier = new HashMap<>();
        before.reports().forEach(report -> earlier.put(report.month(), report));
        Set<YearMonth> changed = new TreeSet<>();
        for (MonthlyReport report : now.reports()) {
            if (!report.equals(earlier.get(report.month()))) {
                changed.add(report.month());
            }
        }
        return changed;
    }

    /** The paths added, removed or changed from {@code before} to {@code after}, sorted. */
    static List<String> changedPaths(Map<String, byte[]> before, Map<String, byte[]> after) {
        Set<String> changed = new TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, before.get(path))) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(changed::add);
        return new ArrayList<>(changed);
    }

    /** The paths as a JSON array of strings, the data of a "pages" event. */
    static String json(List<String> paths) {
        StringBuilder json = new StringBuilder("[");
        for (String path : paths) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            for (char c : path.toCharArray()) {
                if (c == '"' || c == '\\') {
                    json.append('\\').append(c);
                } else if (c < 0x20) {
                    json.append(String.format("\\u%04x", (int) c));
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }
}
