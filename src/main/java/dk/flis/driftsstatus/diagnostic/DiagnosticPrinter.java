package dk.flis.driftsstatus.diagnostic;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints diagnostics as compilers do: the {@code path:line:col: error: …} line, the offending source
 * line with a caret under the column, then the hint.
 */
public final class DiagnosticPrinter {
    private final Path workingDirectory;
    private final Catalogue words;
    private final Map<String, List<String>> linesByFile = new HashMap<>();

    /** A printer in the catalogue's language that reads source lines relative to {@code workingDirectory}. */
    public DiagnosticPrinter(Path workingDirectory, Catalogue words) {
        this.workingDirectory = workingDirectory;
        this.words = words;
    }

    /** Prints each diagnostic with its source line, caret and hint, then the counts. */
    public void printText(List<Diagnostic> diagnostics, PrintWriter out) {
        for (Diagnostic d : diagnostics) {
            out.println(d.headline(words));
            sourceLine(d).ifPresent(line -> {
                out.println("  " + line);
                if (d.column() > 0) {
                    out.println("  " + caretPadding(line, d.column()) + "^");
                }
            });
            String hint = d.hint(words);
            if (!hint.isEmpty()) {
                String label = "  " + words.format("severity.hint") + ": ";
                // A hint of several lines keeps its later lines under the first one's text.
                out.println(label + hint.replace("\n", "\n" + " ".repeat(label.length())));
            }
        }
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (!diagnostics.isEmpty()) {
            out.println(words.format("printer.summary", errors, warnings));
        }
        out.flush();
    }

    /** Keeps tabs so the caret lines up under the same column as in the editor. */
    static String caretPadding(String line, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1 && i < line.length(); i++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }

    /** The line of the file that {@code d} points at, as the editor sees it; empty for a whole file. */
    public java.util.Optional<String> sourceLine(Diagnostic d) {
        if (d.line() <= 0) {
            return java.util.Optional.empty();
        }
        List<String> lines = linesByFile.computeIfAbsent(d.file(), this::readLines);
        if (d.line() > lines.size()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(lines.get(d.line() - 1));
    }

    private List<String> readLines(String file) {
        try {
            Path path = workingDirectory.resolve(file);
            if (Files.isSymbolicLink(path)) {
                return List.of(); // it may lead out of the project: never print a line of what it points to
            }
            // Not strict: a file that is not UTF-8 still shows its line, with � where the bad byte is.
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
