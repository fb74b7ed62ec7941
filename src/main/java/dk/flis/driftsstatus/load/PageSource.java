package dk.flis.driftsstatus.load;

import dk.flis.driftsstatus.markdown.MarkdownBody;

/**
 * A free page as written: its {@code slug} (the file name, which becomes its address), its title
 * (null when missing, already reported), and its Markdown body, which starts {@code bodyLineOffset}
 * lines into {@code file}.
 */
public record PageSource(String slug, String title, MarkdownBody body, int bodyLineOffset, String file) {}
