package dk.flis.driftsstatus;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the real command line in a separate JVM, as a user's shell would, so it can be killed or given another TZ/LANG. */
public final class ChildBuild {
    private ChildBuild() {}

    /** Starts {@code driftsstatus ARGS} in {@code dir}, with extra JVM options and environment; output goes to {@code log}. */
    public static Process start(
            Path dir, List<String> jvmOptions, Map<String, String> environment, Path log, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add("dk.flis.driftsstatus.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** The test class path; Surefire hides it behind a manifest-only jar but publishes it in a property. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, List.of(path.split(File.pathSeparator)));
    }
}
