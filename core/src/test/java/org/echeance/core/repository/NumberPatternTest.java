package org.echeance.core.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberPatternTest {

    @ParameterizedTest(name = "\"{0}\" matches \"{1}\": {2}")
    @CsvSource({
        "FA-2026-*, FA-2026-00001, true",
        "FA-2026-*, FA-2026-, true",
        "FA-2026-*, FA-2025-00001, false",
        "*-00001, AV-2026-00001, true",
        "FA-????-00001, FA-2026-00001, true",
        "FA-????-00001, FA-26-00001, false",
        "F*2*1, FA-2026-00001, true",
        "F*2*1, FA-2026-00002, false",
        "*, '', true",
        "?, '', false",
        "**a**, a, true",
        "FA-2026-00001, FA-2026-00001, true",
        "FA-2026-00001, fa-2026-00001, false",
        "FA-2026-0000, FA-2026-00001, false",
        "[A-Z]*, FA-1, false",
        "[A-Z]*, [A-Z]-1, true",
        "F.\\d+, FA-1, false",
    })
    void matchesTheWholeNumber(String glob, String number, boolean expected) {
        assertThat(NumberPattern.compile(glob).matches(number)).isEqualTo(expected);
    }

    @Test
    void questionMarkIsOneCharacterEvenOutsideTheBasicPlane() {
        assertThat(NumberPattern.compile("F-?").matches("F-\uD835\uDC00")).isTrue();
    }

    @Test
    void aPathologicalGlobStaysFast() {
        // a backtracking regular expression (a*)*b takes exponential time on this input
        String glob = "*a".repeat(100) + "*b";
        String number = "a".repeat(5000);
        Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThat(NumberPattern.compile(glob).matches(number)).isFalse());
    }
}
