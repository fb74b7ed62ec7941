package dk.flis.driftsstatus;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.TestAbortedException;

/**
 * Prints one line after the last test when browser gates were skipped: which, why, and the one
 * command that installs what they need. Registered through {@code META-INF/services}, so a local
 * {@code mvn test} that skipped the accessibility gate cannot look like a full green run.
 */
public final class SkippedGatesSummary implements TestExecutionListener {
    /** Test class → reason; test classes may finish on two threads at once (junit-platform.properties). */
    private final Map<String, String> skipped = new ConcurrentSkipListMap<>();

    private final PrintStream out;

    /** The listener JUnit loads: prints to standard output, which Maven shows. */
    public SkippedGatesSummary() {
        this(System.out);
    }

    SkippedGatesSummary(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED
                && result.getThrowable().orElse(null) instanceof TestAbortedException aborted
                && aborted.getMessage() != null
                && aborted.getMessage().startsWith(BrowserGates.SKIP_MARKER)) {
            skipped.putIfAbsent(testClass(test), aborted.getMessage().substring(BrowserGates.SKIP_MARKER.length()));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (!skipped.isEmpty()) {
            out.println(line(skipped));
            out.flush();
        }
    }

    /** "SKIPPED browser gates: A, B (why). Install what they need: COMMAND", reasons merged when they differ. */
    static String line(Map<String, String> skipped) {
        String reasons = skipped.values().stream().distinct().collect(Collectors.joining("; "));
        return "SKIPPED browser gates: " + String.join(", ", skipped.keySet()) + " (" + reasons
                + "). Install what they need with: " + BrowserGates.INSTALL_COMMAND;
    }

    private static String testClass(TestIdentifier test) {
        return test.getSource()
                .map(source -> {
                    if (source instanceof MethodSource method) {
                        return simpleName(method.getClassName());
                    }
                    if (source instanceof ClassSource type) {
                        return simpleName(type.getClassName());
                    }
                    return test.getDisplayName();
                })
                .orElse(test.getDisplayName());
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
