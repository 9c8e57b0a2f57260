package org.echeance.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldingTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "Évaluation|evaluation",
                "ÇA COÛTE CHER|ca coute cher",
                "Cœur|coeur",
                "ex æquo|ex aequo",
                "Straße|strasse",
                "Ørsted|orsted",
                "Łódź|lodz",
                "ﬁnal|final",
                "'  site  \t web  '|site web",
                "100\u00a0€|100 €",
                "1\u202f000|1 000",
                "'\u0065\u0301t\u00e9'|ete",
            })
    void foldsCaseAccentsLigaturesAndSpaces(String text, String folded) {
        assertThat(TextFolding.fold(text)).isEqualTo(folded);
    }
}
