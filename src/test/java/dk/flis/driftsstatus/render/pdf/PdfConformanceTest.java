package dk.flis.driftsstatus.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.flis.driftsstatus.SharedSites;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF finds nothing wrong with the real October PDF, neither as PDF/UA-1 nor as PDF/A-3u. */
class PdfConformanceTest {
    static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        SharedSites.Built real = SharedSites.real();
        assertEquals(0, real.run().exitCode());
        pdf = Files.readAllBytes(real.site().path("site/pdf/driftsstatus-2025-10.pdf"));
        VeraGreenfieldFoundryProvider.initialise();
    }

    enum Profile {
        PDF_UA_1(PDFAFlavour.PDFUA_1),
        PDF_A_3U(PDFAFlavour.PDFA_3_U);

        final PDFAFlavour flavour;

        Profile(PDFAFlavour flavour) {
            this.flavour = flavour;
        }
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void passesVeraPdfWithoutFailures(Profile profile) throws Exception {
        List<String> failures = new ArrayList<>();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), profile.flavour);
                PDFAValidator validator =
                        Foundries.defaultInstance().createValidator(profile.flavour, 100, false, true, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " "
                            + a.getErrorMessage() + " @ " + a.getLocation().getContext());
                }
            }
            assertEquals(List.of(), failures);
            assertEquals(true, result.isCompliant());
        }
    }
}
