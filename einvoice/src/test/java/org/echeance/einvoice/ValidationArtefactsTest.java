package org.echeance.einvoice;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The versions {@link ValidationArtefacts} states (from the build) are exactly the rule sets and packages the tests
 * run, and the newest each package ships: a version bump that is not reflected fails here.
 */
class ValidationArtefactsTest {

    @Test
    void theEn16931VersionIsTheOneTheTestsRunAndTheLatestThePackageShips() {
        assertThat(ValidationArtefacts.en16931Version()).isEqualTo("1.3.16");
        assertThat(OfficialRules.versions())
                .isEqualTo("eu.cen.en16931:cii:1.3.16 (EN 16931 CII 1.3.16); eu.cen.en16931:ubl:1.3.16 (EN 16931 UBL"
                        + " Invoice 1.3.16); eu.cen.en16931:ubl-creditnote:1.3.16 (EN 16931 UBL Credit Note"
                        + " 1.3.16)");
        for (String artifact : List.of("cii", "ubl", "ubl-creditnote")) {
            String latest = OfficialRules.REGISTRY.getAll().stream()
                    .filter(s -> s.getID().getGroupID().equals("eu.cen.en16931")
                            && s.getID().getArtifactID().equals(artifact))
                    .map(s -> s.getID().getVersionObj())
                    .max(Comparator.naturalOrder())
                    .orElseThrow()
                    .getAsString();
            assertThat(latest)
                    .as("phive-rules-en16931 ships a newer %s rule set: update en16931-schematron.version", artifact)
                    .isEqualTo(ValidationArtefacts.en16931Version());
        }
    }

    @Test
    void thePeppolVersionIsTheOneTheTestsRun() {
        assertThat(ValidationArtefacts.peppolBisRelease()).isEqualTo("2026.5");
        assertThat(ValidationArtefacts.peppolBisVersion()).isEqualTo("3.0.21");
        // PeppolRulesTest checks that it is the latest the package ships.
        assertThat(PeppolRules.pinned("invoice").getDisplayName())
                .isEqualTo("OpenPeppol UBL Invoice (2026.5) (aka BIS Billing 3.0.21)");
    }

    @Test
    void thePackagesAreTheOnesOnTheTestClassPath() throws IOException {
        Properties en16931 = new Properties();
        try (InputStream in = EN16931Validation.class.getResourceAsStream(
                "/META-INF/maven/com.helger.phive.rules/phive-rules-en16931/pom.properties")) {
            en16931.load(in);
        }
        assertThat(ValidationArtefacts.en16931Package())
                .isEqualTo("com.helger.phive.rules:phive-rules-en16931:" + en16931.getProperty("version"));
        assertThat(ValidationArtefacts.peppolPackage())
                .isEqualTo("com.helger.phive.rules:phive-rules-peppol:"
                        + PeppolValidation.class.getPackage().getImplementationVersion());
    }

    @Test
    void theSummaryNamesBothRuleSetsAndTheirPackages() {
        assertThat(ValidationArtefacts.summary())
                .isEqualTo("EN 16931 schematron 1.3.16 (com.helger.phive.rules:phive-rules-en16931:4.3.7), Peppol BIS"
                        + " Billing 3.0.21 (OpenPeppol 2026.5, com.helger.phive.rules:phive-rules-peppol:4.3.7)");
    }
}
