package dk.flis.driftsstatus.check;

import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.Registry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds an area by id, name or alias, ignoring case and extra spaces, as editors write headings. */
final class AreaNames {
    private final Map<String, Area> byName = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<String> everything = new ArrayList<>();

    AreaNames(Registry registry) {
        for (Area area : registry.areas()) {
            ids.add(area.id());
            put(area.name(), area);
            put(area.id(), area);
            area.aliases().forEach(alias -> put(alias, area));
        }
    }

    private void put(String name, Area area) {
        byName.putIfAbsent(normal(name), area);
        everything.add(name);
    }

    Optional<Area> byIdOnly(String id) {
        Area area = byName.get(normal(id));
        return area != null && area.id().equals(id) ? Optional.of(area) : Optional.empty();
    }

    Optional<Area> byAnyName(String name) {
        return Optional.ofNullable(byName.get(normal(name)));
    }

    List<String> ids() {
        return ids;
    }

    List<String> allNames() {
        return everything;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String normal(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
