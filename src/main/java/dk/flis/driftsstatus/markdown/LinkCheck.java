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
    private LinkCheck() {
    }

    static List<MarkdownProblem> problems(String text, Iterable<? extends Node> roots) {
        List<MarkdownProblem> problems = new ArrayList<>();
        for (Node root : roots) {
            check(text, root, problems);
            for (Node node : root.getDescendants()) {
                check(text, node, problems);
            }
        }
        return problems;
    }

    private static void check(String text, Node node, List<MarkdownProblem> problems) {
        if (node instanceof Image || node instanceof ImageRef) {
            // Images would have to be copied into the site (and never fetched); until that exists, say so.
            problems.add(at(text, node.getStartOffset(), "images are not supported in notes and pages",
                    "link to the picture instead, e.g. [Diagram](https://…), or describe it in words"));
            return;
        }
        BasedSequence url = node instanceof LinkNodeBase link ? link.getUrl()
                : node instanceof DelimitedLinkNode auto ? auto.getText() : null;
        if (url == null) {
            return;
        }
        Optional<String> refusal = LinkTarget.refusal(url.toString());
        if (refusal.isPresent()) {
            int offset = url.isNull() || url.getStartOffset() < 0 ? node.getStartOffset() : url.getStartOffset();
            problems.add(at(text, offset, refusal.get(),
                    "link only to web pages (https://…), e-mail addresses (mailto:…) or pages of this site"));
        }
    }

    static MarkdownProblem at(String text, int offset, String message, String hint) {
        int safe = Math.max(0, Math.min(offset, text.length()));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < safe; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new MarkdownProblem(line, text.codePointCount(lineStart, safe) + 1, message, hint);
    }
}
