package dk.flis.driftsstatus.publish;

import dk.flis.driftsstatus.render.RenderedSite;
import dk.flis.driftsstatus.render.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** Names a build by what it contains, so the same content is published into the same folder. */
final class ContentHash {
    private ContentHash() {}

    static String of(RenderedSite site) {
        MessageDigest digest = Sha256.digest();
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(file.getValue().length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(file.getValue());
        }
        return Sha256.hex(digest).substring(0, 20);
    }

    /** Another folder name for the same content, when the folder named {@code hash} holds something else. */
    static String another(String hash, int attempt) {
        return Sha256.hex((hash + "/" + attempt).getBytes(StandardCharsets.US_ASCII))
                .substring(0, 20);
    }
}
