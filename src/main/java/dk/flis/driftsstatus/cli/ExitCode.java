package dk.flis.driftsstatus.cli;

/**
 * The exit codes the commands return, named for what they mean; the numbers are documented (README,
 * {@code --help}) and scripts rely on them, so two meanings share 1: either way, nothing was
 * published, written or sent.
 */
final class ExitCode {
    /** The command did what was asked. */
    static final int OK = 0;
    /** Errors in the content, the templates or the output folder, each printed with its position. */
    static final int CONTENT_ERRORS = 1;
    /**
     * The command could not finish for another reason: a busy port, a refused SMTP login, a file it
     * will not overwrite, an I/O failure or a bug.
     */
    static final int COULD_NOT_RUN = 1;
    /** The command line itself is wrong (picocli's usage code). */
    static final int USAGE = 2;

    private ExitCode() {}
}
