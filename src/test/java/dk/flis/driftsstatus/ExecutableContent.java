package dk.flis.driftsstatus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds anything in generated HTML that a browser could execute or that loads from elsewhere,
 * by parsing the pages as a browser would rather than searching their text.
 */
public final class ExecutableContent {
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script",
            "svg",
            "math",
            "iframe",
            "object",
            "embed",
            "frame",
            "frameset",
            "applet",
            "base",
            "form",
            "template",
            "noscript",
            "img",
            "video",
            "audio");
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "xlink:href",
            "data",
            "poster",
            "background",
            "srcset",
            "cite",
            "ping");

    private ExecutableContent() {}

    /** Every finding in every {@code .html} file under {@code site}, as "file: what". */
    public static List<String> inSite(Path site) {
        List<String> findings = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site.toRealPath())) { // site/ is a link to the published build
            List<Path> pages =
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            if (pages.isEmpty()) {
                throw new IllegalStateException("no pages to check in " + site);
            }
            for (Path file : pages) {
                Document page = Jsoup.parse(Files.readString(file));
                for (String finding : in(page)) {
                    findings.add(file.getFileName() + ": " + finding);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /** What in {@code page} could run script or fetch from elsewhere. */
    public static List<String> in(Document page) {
        List<String> findings = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                findings.add("<" + tag + "> element");
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                findings.add("<meta http-equiv> element");
            }
            if (tag.equals("style") && !element.data().isBlank()) {
                findings.add("inline <style> element");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on") || name.equals("srcdoc")) {
                    findings.add("attribute " + name + " on <" + tag + ">");
                } else if (URL_ATTRIBUTES.contains(name) && isScriptUrl(value)) {
                    findings.add("script URL in " + name + " on <" + tag + ">: " + value);
                } else if (name.equals("style")
                        && (value.toLowerCase(Locale.ROOT).contains("expression(")
                                || value.toLowerCase(Locale.ROOT).contains("url("))) {
                    findings.add("active style on <" + tag + ">: " + value);
                }
            }
        }
        return findings;
    }

    private static boolean isScriptUrl(String value) {
        StringBuilder plain = new StringBuilder();
        value.codePoints().filter(c -> c > 0x20 && !Character.isISOControl(c)).forEach(plain::appendCodePoint);
        String lower = plain.toString().toLowerCase(Locale.ROOT);
        return lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:");
    }
}
