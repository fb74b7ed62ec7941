package dk.flis.driftsstatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/** When the browser may edit: only on this computer, unless the editor explicitly allows the network. */
class EditAccessTest {
    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void loopbackEditsUnlessReadOnly() throws UnknownHostException {
        assertTrue(EditAccess.decide(ip("127.0.0.1"), "u", EditSettings.LOCAL).on());
        assertTrue(EditAccess.decide(ip("::1"), "u", EditSettings.LOCAL).on());
        assertFalse(EditAccess.decide(ip("127.0.0.1"), "u", new EditSettings(true, false))
                .on());
    }

    @Test
    void anotherAddressEditsOnlyWithAllowRemoteEditWhichWarns() throws UnknownHostException {
        EditAccess off = EditAccess.decide(ip("0.0.0.0"), "u", EditSettings.LOCAL);
        assertFalse(off.on());
        assertTrue(off.console().contains("--allow-remote-edit"), off.console());
        EditAccess on = EditAccess.decide(ip("10.0.0.5"), "http://10.0.0.5:8080/", new EditSettings(false, true));
        assertTrue(on.on() && on.remote());
        assertTrue(on.console().startsWith("advarsel: alle, der kan nå http://10.0.0.5:8080/"), on.console());
        assertThrows(IllegalArgumentException.class, () -> new EditSettings(true, true));
    }

    @Test
    void remoteEditingAllowsIpLiteralsButNeverOtherNames() throws Exception {
        RequestGuard guard = new RequestGuard(ip("0.0.0.0"), 8080, true, "t");
        assertEquals("10.0.0.5:8080", guard.host(headers("10.0.0.5:8080")));
        assertThrows(RequestRefused.class, () -> guard.host(headers("intranet.example:8080")));
        RequestGuard local = new RequestGuard(ip("127.0.0.1"), 8080, false, "t");
        assertThrows(RequestRefused.class, () -> local.host(headers("10.0.0.5:8080")));
        assertEquals("[::1]:8080", local.host(headers("[::1]:8080")));
        assertTrue(local.tokenMatches("t"));
        assertFalse(local.tokenMatches("T"));
        assertFalse(local.tokenMatches(null));
    }

    private static com.sun.net.httpserver.Headers headers(String host) {
        com.sun.net.httpserver.Headers headers = new com.sun.net.httpserver.Headers();
        headers.add("Host", host);
        return headers;
    }
}
