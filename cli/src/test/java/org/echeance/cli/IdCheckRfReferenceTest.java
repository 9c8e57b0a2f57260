package org.echeance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.echeance.cli.EcheanceCommandTest.Run;
import org.junit.jupiter.api.Test;

class IdCheckRfReferenceTest {

    @Test
    void recognisesAndChecksRfCreditorReferences() {
        Run run = Run.of("id", "check", "RF18 5390 0754 7034", "rf39fa202600042", "RF17539007547034");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        "RF18 5390 0754 7034\trf\tvalid\tRF18539007547034",
                        "rf39fa202600042\trf\tvalid\tRF39FA202600042",
                        "RF17539007547034\trf\tinvalid\tcheck digits do not match (ISO 11649 mod-97)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checksAsAnRfReferenceWhenTold() {
        Run run = Run.of("id", "check", "--type", "RF", "RF18539007547034", "DE89370400440532013000");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines())
                .containsExactly(
                        "RF18539007547034\trf\tvalid\tRF18539007547034",
                        "DE89370400440532013000\trf\tinvalid\tdoes not start with RF (ISO 11649)");
    }

    @Test
    void listsRfAmongTheTypes() {
        assertThat(Run.of("id", "check", "--help").out()).contains("iban, bic, vat, siren, siret, email, phone, rf");
        assertThat(Run.of("id", "check", "--type", "isbn", "1").err())
                .contains("expected one of iban, bic, vat, siren, siret, email, phone, rf");
    }
}
