package dk.flis.driftsstatus.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gate: the Nu Html Checker finds no error in any generated page. */
class HtmlValidityGateTest {
    static NuHtmlChecker checker;

    @BeforeAll
    static void setUpChecker() throws Exception {
        checker = new NuHtmlChecker();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Path root = GateSites.root();
        List<NuHtmlChecker.Problem> problems = new ArrayList<>();
        for (String page : GateSites.htmlPages()) {
            problems.addAll(checker.check(root, page));
        }
        assertTrue(problems.isEmpty(), problems.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void plantedInvalidMarkupFailsTheGate() throws Exception {
        String page = GateSites.plantFault(
                "markup",
                "history/arkiv.html",
                "<main id=\"indhold\">",
                "<main id=\"indhold\"><ul><p>Forkert</p></ul>");
        List<String> messages = checker.check(GateSites.root(), page).stream()
                .map(NuHtmlChecker.Problem::message)
                .toList();
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("“p” not allowed as child of element “ul”"), messages.get(0));
    }
}
