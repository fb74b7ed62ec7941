package dk.flis.driftsstatus.serve;

import java.nio.charset.StandardCharsets;

/**
 * The few lines of script {@code serve} adds to every page it serves (never to the published site):
 * they listen for server-sent events, reload on "reload" (and on "pages" when the page's own path
 * is among the site paths it lists), and on "diagnostics" show the errors as an
 * overlay (role="alert") over the last good page, and warnings in a separate, dismissible panel
 * (role="status") at the bottom, each with its source line and caret. The words come worded in the
 * site's language with the event. Built with textContent, so messages stay text.
 */
public final class LiveReloadScript {
    /** Where pages listen; under a prefix no content path can take. */
    public static final String EVENTS_PATH = "/_driftsstatus/events";

    static final String HTML = """
            <script>
            (function () {
              var events = new EventSource("%s");
              events.addEventListener("reload", function () { hide(); location.reload(); });
              events.addEventListener("pages", function (event) {
                if (JSON.parse(event.data).indexOf(here()) >= 0) { hide(); location.reload(); }
              });
              function here() {
                var path = decodeURIComponent(location.pathname).substring(1);
                return path === "" || path.charAt(path.length - 1) === "/" ? path + "index.html" : path;
              }
              events.addEventListener("diagnostics", function (event) { show(JSON.parse(event.data)); });
              function hide() {
                ["driftsstatus-overlay", "driftsstatus-warnings"].forEach(function (id) {
                  var old = document.getElementById(id);
                  if (old) { old.remove(); }
                });
              }
              function el(name, text) {
                var node = document.createElement(name);
                if (text) { node.textContent = text; }
                return node;
              }
              function box(id, role, colour, css) {
                var node = el("section");
                node.id = id;
                node.setAttribute("role", role);
                node.style.cssText = "position:fixed;left:0;right:0;overflow:auto;z-index:2147483647;background:#fff;"
                  + "color:#1a1a1a;padding:1rem 1.5rem;font:16px/1.5 system-ui,sans-serif;"
                  + "box-shadow:0 2px 12px rgba(0,0,0,.35);border:0 solid " + colour + ";" + css;
                return node;
              }
              function list(report, severity, label, colour) {
                var items = el("ul");
                items.style.cssText = "margin:0;padding-left:1.25rem";
                report.diagnostics.forEach(function (d) {
                  if (d.severity !== severity) { return; }
                  var item = el("li");
                  var tag = el("strong", label + ": ");
                  tag.style.color = colour;
                  item.appendChild(tag);
                  item.appendChild(el("code", d.file + (d.line ? ":" + d.line + (d.column ? ":" + d.column : "") : "")));
                  item.appendChild(document.createTextNode(" " + d.message));
                  if (d.source) {
                    var source = el("pre", d.source + (d.caret ? "\\n" + d.caret : ""));
                    source.setAttribute("aria-label", d.sourceLabel);
                    source.style.cssText = "margin:.25rem 0;padding:.25rem .5rem;background:#f3f3f3;tab-size:4;"
                      + "white-space:pre;overflow:auto;font:14px/1.4 ui-monospace,monospace";
                    item.appendChild(source);
                  }
                  if (d.tip) {
                    var tip = el("p", d.tip);
                    tip.style.cssText = "margin:.25rem 0 .75rem;white-space:pre-line";
                    item.appendChild(tip);
                  }
                  items.appendChild(item);
                });
                return items;
              }
              function closer(text, target) {
                var button = el("button", text);
                button.type = "button";
                button.addEventListener("click", function () { target.remove(); });
                return button;
              }
              function show(report) {
                hide();
                var t = report.texts;
                if (report.errors > 0) {
                  var errors = box("driftsstatus-overlay", "alert", "#b3261e", "top:0;max-height:60vh;border-bottom-width:6px");
                  errors.setAttribute("aria-label", t.region);
                  errors.appendChild(el("h2", t.errors));
                  errors.appendChild(list(report, "error", t.error, "#b3261e"));
                  errors.appendChild(closer(t.dismiss, errors));
                  document.body.insertBefore(errors, document.body.firstChild);
                }
                if (report.warnings > 0) {
                  // Below the errors and never over the page's top: the page was built and can be read.
                  var warnings = box("driftsstatus-warnings", "status", "#7a4f00",
                    "bottom:0;max-height:35vh;border-top-width:6px;background:#fffbeb");
                  warnings.setAttribute("aria-label", t.region);
                  warnings.appendChild(el("h2", t.warnings));
                  warnings.appendChild(list(report, "warning", t.warning, "#7a4f00"));
                  warnings.appendChild(closer(t.dismissWarnings, warnings));
                  document.body.appendChild(warnings);
                }
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
