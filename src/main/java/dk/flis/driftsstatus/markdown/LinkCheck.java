package dk.flis.driftsstatus.markdown;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the link targets and images in parsed Markdown that a note may not contain, with their
 * place in the text, so that editors get a diagnostic rather than a silently dropped link.
 */
final class LinkCheck {
    private LinkCheck() {}

    static List<MarkdownProblem> problems(String text, Iterable<? extends Node> roots) {
        List<MarkdownProblem> problems = new ArrayList<>();
        LineIndex lines = new LineIndex(text);
        for (Node root : roots) {
            check(lines, root, problems);
            for (Node node : root.getDescendants()) {
                check(lines, node, problems);
            }
        }
        return problems;
    }

    private static void check(LineIndex lines, Node node, List<MarkdownProblem> problems) {
        if (node instanceof Image || node instanceof ImageRef) {
            // Images would have to be copied into the site (and never fetched); until that exists, say so.
            problems.add(at(
                    lines,
                    node.getStartOffset(),
                    "images are not supported in notes and pages",
                    "link to the picture instead, e.g. [Diagram](https://…), or describe it in words"));
            return;
        }
        BasedSequence url = node instanceof LinkNodeBase link
                ? link.getUrl()
                : node instanceof DelimitedLinkNode auto ? auto.getText() : null;
        if (url == null) {
            return;
        }
        Optional<String> refusal = LinkTarget.refusal(url.toString());
        if (refusal.isPresent()) {
            int offset = url.isNull() || url.getStartOffset() < 0 ? node.getStartOffset() : url.getStartOffset();
            problems.add(at(
                    lines,
                    offset,
                    refusal.get(),
                    "link only to web pages (https://…), e-mail addresses (mailto:…) or pages of this site"));
        }
    }

    static MarkdownProblem at(LineIndex lines, int offset, String message, String hint) {
        return new MarkdownProblem(lines.line(offset), lines.column(offset), message, hint);
    }
}
