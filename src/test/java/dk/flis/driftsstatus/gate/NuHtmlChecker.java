package dk.flis.driftsstatus.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker in-process, set up once and reused for every page (set-up compiles the schema,
 * about a second; each page then takes milliseconds). The schema comes from inside the jar.
 */
final class NuHtmlChecker {
    /** One error; line and column are where the checker noticed it (the end of the token). */
    record Problem(String page, int line, int column, String message) {
        @Override
        public String toString() {
            return page + ":" + line + ":" + column + ": error: " + message;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    NuHtmlChecker() throws Exception {
        // No language detection: it is slow, and a guess is not a validity error.
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    /** The errors of one page; warnings ("info") do not fail the gate. */
    synchronized List<Problem> check(Path root, String page) throws Exception {
        collector.page = page;
        collector.problems.clear();
        validator.checkHtmlFile(root.resolve(page).toFile(), true);
        List<Problem> problems = new ArrayList<>(collector.problems);
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return problems;
    }

    private static final class Collector implements ErrorHandler {
        final List<Problem> problems = new ArrayList<>();
        String page = "?";

        @Override
        public void warning(SAXParseException e) {
            // Info-level messages only.
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(new Problem(page, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
