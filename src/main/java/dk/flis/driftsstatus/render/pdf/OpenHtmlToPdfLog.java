package dk.flis.driftsstatus.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps openhtmltopdf's per-render INFO chatter off the user's terminal while its diagnostics still
 * reach {@code withDiagnosticConsumer}: {@code XRLog.setLoggingEnabled(false)} would silence both.
 */
final class OpenHtmlToPdfLog {
    private OpenHtmlToPdfLog() {}

    /** Installs a logger that writes nothing; idempotent, once per JVM is enough. */
    static synchronized void silence() {
        XRLog.setLoggerImpl(new XRLogger() {
            @Override
            public void log(String where, Level level, String msg) {}

            @Override
            public void log(String where, Level level, String msg, Throwable th) {}

            @Override
            public void setLevel(String logger, Level level) {}

            @Override
            public boolean isLogLevelEnabled(Diagnostic diagnostic) {
                return false;
            }
        });
    }
}
