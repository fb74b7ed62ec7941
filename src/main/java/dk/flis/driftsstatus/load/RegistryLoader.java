package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.diagnostic.Diagnostics;
import dk.flis.driftsstatus.diagnostic.SourcePosition;
import dk.flis.driftsstatus.diagnostic.Text;
import dk.flis.driftsstatus.model.Area;
import dk.flis.driftsstatus.model.AreaGroup;
import dk.flis.driftsstatus.model.Registry;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code content/areas.json}: groups in slide order, each with its areas. Also checks what the
 * registry alone can tell: slugs, duplicate ids, names or aliases, and since/until order.
 */
public final class RegistryLoader {
    private final Diagnostics diagnostics;
    private final Map<String, SourcePosition> idsSeen = new HashMap<>();
    private final Map<String, String> namesSeen = new HashMap<>();

    private RegistryLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The registry in {@code text}, or empty when it has errors (reported). */
    public static Optional<Registry> load(String file, String text, Diagnostics diagnostics) {
        return TreeReader.readJson(file, text, diagnostics)
                .flatMap(node -> Fields.of(node, Text.of("term.where.areas-json"), diagnostics))
                .flatMap(fields -> new RegistryLoader(diagnostics).read(fields));
    }

    private Optional<Registry> read(Fields root) {
        Optional<List<Node>> groupNodes = root.requiredList("groups");
        root.rejectUnknownKeys();
        if (groupNodes.isEmpty()) {
            return Optional.empty();
        }
        long errorsBefore = diagnostics.errorCount();
        List<AreaGroup> groups = new ArrayList<>();
        for (Node groupNode : groupNodes.get()) {
            Fields.of(groupNode, Text.of("term.where.group"), diagnostics)
                    .flatMap(this::group)
                    .ifPresent(groups::add);
        }
        if (groups.isEmpty() && groupNodes.get().isEmpty()) {
            diagnostics.error(root.keyAt("groups"), "registry-no-groups");
        }
        return diagnostics.errorCount() > errorsBefore ? Optional.empty() : Optional.of(new Registry(groups));
    }

    private Optional<AreaGroup> group(Fields g) {
        Optional<String> name = g.requiredText("name");
        Optional<List<Node>> areaNodes = g.requiredList("areas");
        g.rejectUnknownKeys();
        if (name.isEmpty() || areaNodes.isEmpty()) {
            return Optional.empty();
        }
        if (areaNodes.get().isEmpty()) {
            diagnostics.error(g.keyAt("areas"), "group-without-areas", name.get());
        }
        List<Area> areas = new ArrayList<>();
        for (Node areaNode : areaNodes.get()) {
            Fields.of(areaNode, describe(areaNode), diagnostics)
                    .flatMap(a -> area(a, name.get()))
                    .ifPresent(areas::add);
        }
        return Optional.of(new AreaGroup(name.get(), areas));
    }

    private Optional<Area> area(Fields a, String group) {
        Optional<String> id = a.requiredText("id");
        Optional<String> name = a.requiredText("name");
        Optional<String> frequency = a.requiredText("frequency");
        Optional<String> source = a.requiredText("source");
        Optional<Integer> delay = a.requiredInt("delayMonths", 0, 24);
        Optional<YearMonth> since = a.optionalYearMonth("since");
        Optional<YearMonth> until = a.optionalYearMonth("until");
        List<String> aliases = aliases(a);
        a.rejectUnknownKeys();

        id.ifPresent(value -> checkId(value, a.keyAt("id")));
        name.ifPresent(value -> claimName(value, id.orElse("?"), a.keyAt("name")));
        id.ifPresent(value -> claimName(value, value, a.keyAt("id")));
        for (String alias : aliases) {
            claimName(alias, id.orElse("?"), a.keyAt("aliases"));
        }
        if (since.isPresent() && until.isPresent() && until.get().isBefore(since.get())) {
            diagnostics.error(
                    a.keyAt("until"),
                    "until-before-since",
                    until.get().toString(),
                    since.get().toString());
        }
        if (id.isEmpty() || name.isEmpty() || frequency.isEmpty() || source.isEmpty() || delay.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Area(
                id.get(),
                name.get(),
                group,
                frequency.get(),
                source.get(),
                delay.get(),
                since.orElse(null),
                until.orElse(null),
                aliases));
    }

    /** "area "borger"" when the id can be read, so messages about missing fields say which area. */
    private static Text describe(Node areaNode) {
        if (areaNode instanceof Node.MapNode map
                && map.values().get("id") instanceof Node.ScalarNode s
                && s.value() instanceof String id) {
            return Text.of("term.where.area", id);
        }
        return Text.of("term.where.area-unnamed");
    }

    private List<String> aliases(Fields a) {
        List<String> aliases = new ArrayList<>();
        a.optionalList("aliases").ifPresent(items -> {
            for (Node item : items) {
                if (item instanceof Node.ScalarNode s && s.value() instanceof String alias && !alias.isBlank()) {
                    aliases.add(alias.strip());
                } else {
                    diagnostics.error(item.at(), "alias-empty");
                }
            }
        });
        return aliases;
    }

    private void checkId(String id, SourcePosition at) {
        if (!Slug.isSlug(id)) {
            diagnostics.error(at, "id-not-slug", id);
        }
        SourcePosition first = idsSeen.putIfAbsent(id, at);
        if (first != null) {
            diagnostics.error(at, "id-duplicate", id, first.line());
        }
    }

    /** Names, aliases and ids share one namespace, since report headings may use any of them. */
    private void claimName(String name, String ownerId, SourcePosition at) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        String owner = namesSeen.putIfAbsent(key, ownerId);
        if (owner != null && !owner.equals(ownerId)) {
            diagnostics.error(at, "name-taken", name, owner);
        }
    }
}
