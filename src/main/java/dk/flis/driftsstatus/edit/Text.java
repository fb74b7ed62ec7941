package dk.flis.driftsstatus.edit;

/** Free text as the file keeps it: line ends as LF, and no blank space around it. */
public final class Text {
    private Text() {}

    /**
     * CRLF and lone CR become LF, then {@link String#strip()}: the same strip the loader applies to
     * notes and the preface, so what the form shows is what reading the file gives back. Trailing
     * spaces inside the text are kept (two spaces are a Markdown line break).
     */
    public static String normal(String text) {
        return text == null
                ? ""
                : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
