package dk.flis.driftsstatus.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Writes values into a digest in a canonical form: every component of every record, every element of
 * every list, each value tagged with its kind and each text and list with its length, so that two
 * different values never write the same bytes. This is what the render cache keys on: the records a
 * template receives, all of them, stated in code rather than left to their {@code toString()}. A
 * value of any other type (a map, a set, an arbitrary object) is refused at once, so that a new kind
 * of field cannot silently fall out of the key; {@code CacheKeyCoverageTest} checks that every
 * component of every view record reaches it.
 *
 * <p>Cheap by design, as every build keys every output: record accessors are looked up once per
 * class, texts are encoded into a reused buffer (no intermediate strings), and the buffer is handed
 * to the digest in blocks.
 */
public final class CanonicalKey {
    private static final byte NULL = 'N';
    private static final byte TEXT = 'S';
    private static final byte TRUE = 'T';
    private static final byte FALSE = 'F';
    private static final byte INT = 'I';
    private static final byte LONG = 'J';
    private static final byte ENUM = 'E';
    private static final byte MONTH = 'M';
    private static final byte DATE = 'D';
    private static final byte BYTES = 'B';
    private static final byte LIST = 'L';
    private static final byte RECORD = 'R';
    private static final byte LONG_TEXT = 'H';

    /**
     * Texts this long (notes' HTML, mostly) enter a key as their own SHA-256, remembered for as long
     * as the text is in use: an area page's key holds every month's note of that area, the report
     * pages, the archive and the feed hold them again, and {@code serve} keys them all at every save,
     * so each was hashed many times over, without the processor's SHA instructions (the client
     * compiler has none). A text's hash depends only on the text: keys are the same, cached or not.
     */
    static final int LONG_TEXT_LENGTH = 256;

    private static final Map<String, byte[]> LONG_TEXTS = Collections.synchronizedMap(new WeakHashMap<>());

    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] accessors = new MethodHandle[components.length];
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            for (int i = 0; i < components.length; i++) {
                try {
                    components[i].getAccessor().setAccessible(true);
                    accessors[i] = lookup.unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + components[i].getName(), e);
                }
            }
            return accessors;
        }
    };

    private final MessageDigest digest;
    private final byte[] buffer = new byte[8192];
    private int used;

    private CanonicalKey(MessageDigest digest) {
        this.digest = digest;
    }

    /** The SHA-256 (hex) of {@code values} in canonical form. */
    public static String of(Object... values) {
        MessageDigest digest = Sha256.digest();
        writeTo(digest, values);
        return Sha256.hex(digest);
    }

    /** Feeds {@code values} in canonical form to {@code digest}. */
    public static void writeTo(MessageDigest digest, Object... values) {
        CanonicalKey key = new CanonicalKey(digest);
        key.writeList(Arrays.asList(values));
        key.flush();
    }

    private void write(Object value) {
        if (value == null) {
            put(NULL);
        } else if (value instanceof String text) {
            writeText(text);
        } else if (value instanceof Boolean flag) {
            put(flag ? TRUE : FALSE);
        } else if (value instanceof Integer number) {
            put(INT);
            putInt(number);
        } else if (value instanceof Long number) {
            put(LONG);
            putInt((int) (number >>> 32));
            putInt(number.intValue());
        } else if (value instanceof Enum<?> constant) {
            put(ENUM);
            writeText(constant.getDeclaringClass().getName());
            writeText(constant.name());
        } else if (value instanceof YearMonth month) {
            put(MONTH);
            putInt(month.getYear());
            putInt(month.getMonthValue());
        } else if (value instanceof LocalDate date) {
            put(DATE);
            putInt(date.getYear());
            putInt(date.getDayOfYear());
        } else if (value instanceof byte[] bytes) {
            put(BYTES);
            putInt(bytes.length);
            flush();
            digest.update(bytes);
        } else if (value instanceof List<?> list) {
            writeList(list);
        } else if (value instanceof Record record) {
            writeRecord(record);
        } else {
            throw new IllegalArgumentException(
                    "no canonical form for a " + value.getClass().getName()
                            + "; give CanonicalKey one, or hand the template a record of texts, numbers and lists");
        }
    }

    private void writeList(Collection<?> list) {
        put(LIST);
        putInt(list.size());
        for (Object element : list) {
            write(element);
        }
    }

    private void writeRecord(Record record) {
        MethodHandle[] accessors = COMPONENTS.get(record.getClass());
        put(RECORD);
        putInt(accessors.length);
        for (MethodHandle accessor : accessors) {
            try {
                write((Object) accessor.invokeExact((Object) record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(
                        "cannot read a component of " + record.getClass().getName(), e);
            }
        }
    }

    /**
     * The text's length in characters, then each character in one to three bytes (as UTF-8 would);
     * a long text's length, then the SHA-256 of those bytes.
     */
    private void writeText(String text) {
        int length = text.length();
        if (length >= LONG_TEXT_LENGTH) {
            put(LONG_TEXT);
            putInt(length);
            flush();
            digest.update(hashOf(text));
            return;
        }
        put(TEXT);
        putInt(length);
        writeChars(text);
    }

    private static byte[] hashOf(String text) {
        text.hashCode(); // computed once per string, and outside the map's lock
        byte[] hash = LONG_TEXTS.get(text);
        if (hash == null) {
            CanonicalKey own = new CanonicalKey(Sha256.digest());
            own.writeChars(text);
            own.flush();
            hash = own.digest.digest();
            LONG_TEXTS.put(text, hash);
        }
        return hash;
    }

    private void writeChars(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (used > buffer.length - 3) {
                flush();
            }
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | (c >> 6));
                buffer[used++] = (byte) (0x80 | (c & 0x3F));
            } else {
                buffer[used++] = (byte) (0xE0 | (c >> 12));
                buffer[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buffer[used++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private void put(byte tag) {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = tag;
    }

    private void putInt(int value) {
        if (used > buffer.length - 4) {
            flush();
        }
        buffer[used++] = (byte) (value >>> 24);
        buffer[used++] = (byte) (value >>> 16);
        buffer[used++] = (byte) (value >>> 8);
        buffer[used++] = (byte) value;
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }
}
