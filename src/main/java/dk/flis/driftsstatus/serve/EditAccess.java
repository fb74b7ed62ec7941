package dk.flis.driftsstatus.serve;

import java.net.InetAddress;

/**
 * Whether the browser may edit, decided from the address serve actually bound (so a name such as
 * {@code localhost} is judged by what it resolved to) and the options. Loopback means only this
 * computer can connect; any other address lets other machines in, and there is no login.
 */
record EditAccess(boolean on, boolean remote, String console, String offReason) {

    /** The decision for a server bound to {@code bound} with {@code settings}. */
    static EditAccess decide(InetAddress bound, String url, EditSettings settings) {
        if (settings.readOnly()) {
            return new EditAccess(
                    false,
                    false,
                    "Redigering er slået fra (--read-only).",
                    "Redigering er slået fra, fordi serve kører med --read-only.");
        }
        if (bound.isLoopbackAddress()) {
            return new EditAccess(
                    true, false, "Redigering i browseren: slået til – Rediger-linket står på hver rapport.", "");
        }
        String address = bound.getHostAddress();
        if (!settings.allowRemoteEdit()) {
            return new EditAccess(
                    false,
                    false,
                    "Redigering er slået fra, fordi serve lytter på " + address
                            + ", som andre computere kan nå. Brug --allow-remote-edit for at tillade det.",
                    "Redigering er slået fra, fordi serve lytter på " + address
                            + ", som andre computere kan nå. Start serve med --allow-remote-edit for at tillade det.");
        }
        return new EditAccess(
                true,
                true,
                "advarsel: alle, der kan nå " + url + ", kan ændre rapporterne; der er intet login. "
                        + "Brug kun --allow-remote-edit på et netværk, du stoler på.",
                "");
    }
}
