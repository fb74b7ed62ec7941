package dk.flis.driftsstatus.serve;

/** A request the editor routes will not serve: the HTTP status, and a short text for the answer and the log. */
final class RequestRefused extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    RequestRefused(int status, String reason) {
        super(reason);
        this.status = status;
    }

    int status() {
        return status;
    }
}
