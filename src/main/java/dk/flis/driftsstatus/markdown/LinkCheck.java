package dk.flis.driftsstatus.markdown;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dk.flis.driftsstatus.diagnostic.Text;
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
            problems.add(at(lines, node.getStartOffset(), "image-not-supported"));
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
            problems.add(at(lines, offset, refusal.get(), LinkTarget.scheme(url.toString())));
        }
    }

    /** The problem {@code code} at {@code offset}, with the catalogue's message and hint for it. */
    static MarkdownProblem at(LineIndex lines, int offset, String code, Object... args) {
        return new MarkdownProblem(
                lines.line(offset),
                lines.column(offset),
                Text.of(code + ".message", args),
                Text.of(code + ".hint", args));
    }
}
