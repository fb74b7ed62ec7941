package dk.flis.driftsstatus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.flis.driftsstatus.model.Page;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The render cache keys each output on the records its template receives ({@link CanonicalKey}).
 * Every component of every record a template may receive must reach that key: a component left
 * out would serve a stale page when only it changed. For each such record, and each of its
 * components, two records that differ in that component alone must have different keys.
 */
class CacheKeyCoverageTest {
    /** What templates receive besides the view package's records. */
    private static final List<Class<?>> OTHER_INPUTS = List.of(Page.class);

    @Test
    void everyComponentOfEveryRecordATemplateReceivesReachesTheKey() throws Exception {
        List<Class<?>> records = new ArrayList<>(recordsIn("dk.flis.driftsstatus.view"));
        records.addAll(OTHER_INPUTS);
        assertTrue(records.size() > 20, "found the view records: " + records);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : records) {
            Object base = sample(type, 0);
            String key = CanonicalKey.of(base);
            RecordComponent[] components = type.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (CanonicalKey.of(withComponent(type, base, i)).equals(key)) {
                    missing.add(type.getName() + "." + components[i].getName());
                }
            }
        }
        assertEquals(List.of(), missing, "components that do not reach their output's cache key");
    }

    @Test
    void valuesOfDifferentShapeNeverGiveTheSameKey() {
        assertNotEquals(CanonicalKey.of(List.of("ab")), CanonicalKey.of(List.of("a", "b")));
        assertNotEquals(CanonicalKey.of("a", "bc"), CanonicalKey.of("ab", "c"));
        assertNotEquals(CanonicalKey.of((Object) null), CanonicalKey.of(""));
        assertNotEquals(CanonicalKey.of(1), CanonicalKey.of(1L));
        assertNotEquals(CanonicalKey.of("1"), CanonicalKey.of(1));
        assertNotEquals(CanonicalKey.of(List.of()), CanonicalKey.of(""));
        assertNotEquals(CanonicalKey.of("æ"), CanonicalKey.of("Ã¦"));
        assertNotEquals(CanonicalKey.of(YearMonth.of(2025, 10)), CanonicalKey.of(LocalDate.of(2025, 10, 1)));
        assertEquals(CanonicalKey.of("Økonomi", List.of(1, true)), CanonicalKey.of("Økonomi", List.of(1, true)));
    }

    @Test
    void aLongTextEntersTheKeyByItsHashWhichDependsOnlyOnTheText() {
        String note = "Kører efter planen på nær for Københavns Kommune. ".repeat(10);
        assertTrue(note.length() >= CanonicalKey.LONG_TEXT_LENGTH);
        String sameText = new String(note.toCharArray()); // another instance: not found by identity
        String oneCharacterLess = note.substring(1);
        String key = CanonicalKey.of(note);

        assertEquals(key, CanonicalKey.of(note), "the remembered hash gives the same key");
        assertEquals(key, CanonicalKey.of(sameText));
        assertNotEquals(key, CanonicalKey.of(oneCharacterLess));
        assertNotEquals(key, CanonicalKey.of(note.replace('æ', 'a')), "same length, one character changed");
        assertNotEquals(CanonicalKey.of(note, "x"), CanonicalKey.of(note + "x"));
        String atTheLimit = "x".repeat(CanonicalKey.LONG_TEXT_LENGTH);
        assertNotEquals(CanonicalKey.of(atTheLimit), CanonicalKey.of(atTheLimit.substring(1)));
    }

    @Test
    void aValueWithoutACanonicalFormIsRefusedRatherThanLeftOut() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CanonicalKey.of(Map.of("report", "x")));
        assertTrue(refused.getMessage().contains("no canonical form"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CanonicalKey.of(new Object()));
    }

    /** Every record class in {@code packageName} (nested ones too), from the compiled classes. */
    private static List<Class<?>> recordsIn(String packageName)
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(CanonicalKey.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path folder = classes.resolve(packageName.replace('.', '/'));
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.equals("package-info.class")) {
                    Class<?> type = Class.forName(packageName + "." + name.substring(0, name.length() - 6));
                    if (type.isRecord()) {
                        records.add(type);
                    }
                }
            }
        }
        return records;
    }

    /** {@code base} with component {@code index} replaced by a different value. */
    private static Object withComponent(Class<?> type, Object base, int index) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = i == index
                    ? sample(components[i].getGenericType(), 1)
                    : components[i].getAccessor().invoke(base);
        }
        return construct(type, values);
    }

    /** A value of {@code type}; variants 0 and 1 differ. */
    private static Object sample(Type type, int variant) throws Exception {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return List.of(sample(list.getActualTypeArguments()[0], variant));
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return variant == 0 ? "a" : "b";
        } else if (raw == int.class || raw == Integer.class) {
            return variant;
        } else if (raw == long.class || raw == Long.class) {
            return (long) variant;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return variant == 1;
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2025, 10, 10).plusDays(variant);
        } else if (raw == YearMonth.class) {
            return YearMonth.of(2025, 10).plusMonths(variant);
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[variant];
        } else if (raw.isRecord()) {
            Object[] values = new Object[raw.getRecordComponents().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = sample(raw.getRecordComponents()[i].getGenericType(), variant);
            }
            return construct(raw, values);
        }
        throw new AssertionError("the test cannot make a " + type + "; teach it, and CanonicalKey, this type");
    }

    private static Object construct(Class<?> type, Object[] values) throws Exception {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }
}
