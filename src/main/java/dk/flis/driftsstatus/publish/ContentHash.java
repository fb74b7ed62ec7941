package dk.flis.driftsstatus.publish;

import dk.flis.driftsstatus.render.RenderedSite;
import dk.flis.driftsstatus.render.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Names a build by what it contains, so the same content is published into the same folder. The
 * name only chooses the folder: {@link SitePublisher} reuses an existing one only after comparing
 * its files byte for byte ({@link FolderSwap#holdsExactly}). So each file enters the name by its
 * path, length and CRC32C, which the JVM computes with a processor instruction, rather than by
 * SHA-256 over every byte (megabytes of pages and PDFs at each build, the slowest step of publishing).
 */
final class ContentHash {
    private ContentHash() {}

    static String of(RenderedSite site) {
        MessageDigest digest = Sha256.digest();
        CRC32C checksum = new CRC32C();
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            checksum.reset();
            checksum.update(file.getValue());
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(file.getValue().length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(Long.toHexString(checksum.getValue()).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
        }
        return Sha256.hex(digest).substring(0, 20);
    }

    /** Another folder name for the same content, when the folder named {@code hash} holds something else. */
    static String another(String hash, int attempt) {
        return Sha256.hex((hash + "/" + attempt).getBytes(StandardCharsets.US_ASCII))
                .substring(0, 20);
    }
}
