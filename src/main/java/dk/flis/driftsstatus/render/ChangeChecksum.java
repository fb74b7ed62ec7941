package dk.flis.driftsstatus.render;

import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * A file's length, CRC-32 and Adler-32: 64 bits of checksum that tell whether a file of the program or
 * of the content changed since it was last seen. Both checksums run as native code from the first
 * call, where SHA-256 runs interpreted in a fresh, short-lived JVM: on the 120-month history hashing
 * the jar and the content with SHA-256 cost about 60 ms of a 250 ms no-op build (#16). Fit for
 * noticing changes, the only use here; never for trust (a forged collision gains nothing: whoever can
 * write these files can already change what the program publishes).
 */
public final class ChangeChecksum {
    private ChangeChecksum() {}

    /** "LENGTH-CRC32-ADLER32" of {@code bytes}, in hex. */
    public static String of(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return new StringBuilder()
                .append(Integer.toHexString(bytes.length))
                .append('-')
                .append(Long.toHexString(crc.getValue()))
                .append('-')
                .append(Long.toHexString(adler.getValue()))
                .toString();
    }
}
