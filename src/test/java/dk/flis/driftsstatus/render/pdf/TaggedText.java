package dk.flis.driftsstatus.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text in the order a screen reader reads it: the structure tree walked depth-first, each
 * marked-content piece replaced by its glyphs, and an element with an alternate description (/Alt)
 * replaced by that description, which is what a screen reader reads instead of its content (the
 * status icon's label, "Normal drift"). Page artifacts (running title, footer, page numbers) are
 * not in the tree, so they are not in this text. One string per page, by where the glyphs are.
 */
final class TaggedText {
    private final PDDocument document;
    private final Map<PDPage, Map<Integer, String>> textByPageAndMcid = new HashMap<>();

    private TaggedText(PDDocument document) {
        this.document = document;
    }

    static List<String> byPage(PDDocument document) throws IOException {
        return new TaggedText(document).read();
    }

    private List<String> read() throws IOException {
        for (PDPage page : document.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, byMcid);
            }
            textByPageAndMcid.put(page, byMcid);
        }
        List<StringBuilder> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            pages.add(new StringBuilder());
        }
        walk(document.getDocumentCatalog().getStructureTreeRoot(), null, pages);
        return pages.stream().map(StringBuilder::toString).toList();
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, byMcid);
            }
        }
        if (content.getMCID() >= 0) {
            byMcid.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    private void walk(PDStructureNode node, PDPage inherited, List<StringBuilder> pages) {
        PDPage page = inherited;
        if (node instanceof PDStructureElement element && element.getPage() != null) {
            page = element.getPage();
        }
        if (node instanceof PDStructureElement element && element.getAlternateDescription() != null) {
            if (page != null) {
                pages.get(document.getPages().indexOf(page))
                        .append(element.getAlternateDescription())
                        .append(' ');
            }
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode child) {
                walk(child, page, pages);
            } else if (kid instanceof Integer mcid) {
                emit(page, mcid, pages);
            } else if (kid instanceof PDMarkedContentReference reference) {
                emit(reference.getPage() != null ? reference.getPage() : page, reference.getMCID(), pages);
            }
        }
    }

    private void emit(PDPage page, int mcid, List<StringBuilder> pages) {
        if (page == null) {
            return;
        }
        String text = textByPageAndMcid.getOrDefault(page, Map.of()).getOrDefault(mcid, "");
        pages.get(document.getPages().indexOf(page)).append(text).append(' ');
    }
}
