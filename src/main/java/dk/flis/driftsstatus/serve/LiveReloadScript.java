package dk.flis.driftsstatus.serve;

import java.nio.charset.StandardCharsets;

/**
 * The few lines of script {@code serve} adds to every page it serves (never to the published site):
 * they listen for server-sent events, reload on "reload", and on "diagnostics" show the errors as an
 * overlay (role="alert") over the last good page. Built with textContent, so messages stay text.
 */
public final class LiveReloadScript {
    /** Where pages listen; under a prefix no content path can take. */
    public static final String EVENTS_PATH = "/_driftsstatus/events";

    static final String HTML = """
            <script>
            (function () {
              var events = new EventSource("%s");
              events.addEventListener("reload", function () { hide(); location.reload(); });
              events.addEventListener("diagnostics", function (event) { show(JSON.parse(event.data)); });
              function hide() {
                var old = document.getElementById("driftsstatus-overlay");
                if (old) { old.remove(); }
              }
              function el(name, text) {
                var node = document.createElement(name);
                if (text) { node.textContent = text; }
                return node;
              }
              function show(report) {
                hide();
                var box = el("div");
                box.id = "driftsstatus-overlay";
                box.setAttribute("role", "alert");
                box.style.cssText = "position:fixed;top:0;left:0;right:0;max-height:80vh;overflow:auto;z-index:2147483647;"
                  + "background:#fff;color:#1a1a1a;border-bottom:6px solid #b3261e;padding:1rem 1.5rem;"
                  + "font:16px/1.5 system-ui,sans-serif;box-shadow:0 2px 12px rgba(0,0,0,.35)";
                box.appendChild(el("h2", report.errors + " fejl i indholdet – siden viser den seneste gode version"));
                var list = el("ul");
                report.diagnostics.forEach(function (d) {
                  if (d.severity !== "error") { return; }
                  var item = el("li");
                  item.appendChild(el("code", d.file + (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "")));
                  item.appendChild(document.createTextNode(" " + d.message));
                  if (d.hint) { item.appendChild(el("p", "Tip: " + d.hint)); }
                  list.appendChild(item);
                });
                box.appendChild(list);
                var close = el("button", "Skjul");
                close.type = "button";
                close.addEventListener("click", hide);
                box.appendChild(close);
                document.body.insertBefore(box, document.body.firstChild);
              }
            })();
            </script>
            """.formatted(EVENTS_PATH);

    private LiveReloadScript() {}

    /** {@code page} (UTF-8 HTML) with the script before its closing body tag, or at its end when it has none. */
    static byte[] addedTo(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String withScript = end < 0 ? html + HTML : html.substring(0, end) + HTML + html.substring(end);
        return withScript.getBytes(StandardCharsets.UTF_8);
    }
}
