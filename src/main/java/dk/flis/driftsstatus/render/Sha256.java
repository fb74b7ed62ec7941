package dk.flis.driftsstatus.render;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the program's hash for identities: cache keys, the files a render read, the email's
 * Message-ID and the PDF's document ID are all made with it. (Only noticing a change of a file, which a
 * short run must do fast, uses the cheaper {@link ChangeChecksum}.)
 */
public final class Sha256 {
    private Sha256() {}

    /** A fresh digest, to be fed piece by piece. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The hash of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The hash of {@code bytes} in lower-case hex, 64 digits. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** What {@code digest} was fed, in lower-case hex, 64 digits; the digest is reset. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
