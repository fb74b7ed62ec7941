package dk.flis.driftsstatus.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All areas from {@code content/areas.json}, in groups, in the order the slides show them. */
public record Registry(List<AreaGroup> groups) {
    public Registry {
        groups = List.copyOf(groups);
    }

    public List<Area> areas() {
        return groups.stream().flatMap(g -> g.areas().stream()).toList();
    }

    public Optional<Area> area(String id) {
        return Optional.ofNullable(byId().get(id));
    }

    public Map<String, Area> byId() {
        return areas().stream().collect(Collectors.toUnmodifiableMap(Area::id, Function.identity()));
    }
}
