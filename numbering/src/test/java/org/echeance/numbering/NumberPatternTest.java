package org.echeance.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.echeance.numbering.NumberingFixtures.BOULANGERIE;
import static org.echeance.numbering.NumberingFixtures.forCustomer;
import static org.echeance.numbering.NumberingFixtures.invoice;
import static org.echeance.numbering.NumberingFixtures.withProduct;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.numbering.NumberingRequest;
import org.echeance.core.party.Party;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberPatternTest {
    private static final LocalDate MARCH_15 = LocalDate.of(2026, 3, 15);

    static List<Violation> violationsOf(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return ((ValidationException) thrown).violations();
    }

    static Violation onlyViolationOf(ThrowingCallable call) {
        List<Violation> violations = violationsOf(call);
        assertThat(violations).hasSize(1);
        return violations.get(0);
    }

    @Nested
    class Tokens {
        @Test
        void writesTheYearAndAPaddedCounter() {
            assertThat(NumberPattern.parse("FA-{yyyy}-{seq:5}").format(invoice(MARCH_15), "FA", 42))
                    .isEqualTo("FA-2026-00042");
        }

        @Test
        void writesTheDateOfIssueNeverToday() {
            NumberPattern pattern = NumberPattern.parse("{yy}{MM}{dd}-{seq}");

            assertThat(pattern.format(invoice(LocalDate.of(1999, 12, 31)), "FA", 7))
                    .isEqualTo("991231-7");
            assertThat(pattern.format(invoice(LocalDate.of(2026, 1, 5)), "FA", 7))
                    .isEqualTo("260105-7");
        }

        @Test
        void aCounterThatOutgrowsItsPaddingKeepsAllItsDigits() {
            NumberPattern pattern = NumberPattern.parse("{seq:3}");

            assertThat(pattern.format(invoice(MARCH_15), "FA", 1)).isEqualTo("001");
            assertThat(pattern.format(invoice(MARCH_15), "FA", 999)).isEqualTo("999");
            assertThat(pattern.format(invoice(MARCH_15), "FA", 1000)).isEqualTo("1000");
            assertThat(NumberPattern.parse("{seq}").format(invoice(MARCH_15), "FA", 1234567))
                    .isEqualTo("1234567");
            assertThat(NumberPattern.parse("{seq:12}").format(invoice(MARCH_15), "FA", 1))
                    .isEqualTo("000000000001");
        }

        @Test
        void writesTheSeriesCustomerInitialsAndProduct() {
            assertThat(NumberPattern.parse("{series}/{seq}").format(invoice(MARCH_15), "AV", 1))
                    .isEqualTo("AV/1");
            assertThat(NumberPattern.parse("{customer}-{seq:4}")
                            .format(forCustomer("C-0042", BOULANGERIE, MARCH_15), "FA", 1))
                    .isEqualTo("C-0042-0001");
            assertThat(NumberPattern.parse("{initials}{seq:3}").format(invoice(MARCH_15), "FA", 12))
                    .isEqualTo("BM012");
            assertThat(NumberPattern.parse("{product}-{seq}").format(withProduct("WEB-01", MARCH_15), "FA", 3))
                    .isEqualTo("WEB-01-3");
        }

        @Test
        void writesEveryTokenAtOnce() {
            NumberingRequest request = new NumberingRequest(
                    NumberingFixtures.ATELIER,
                    DocumentType.COMMERCIAL_INVOICE,
                    MARCH_15,
                    Party.builder("L'Atelier de la Gare").build(),
                    Optional.of("C42"),
                    Optional.of("AUD-1"));

            assertThat(NumberPattern.parse("{series}-{yyyy}{MM}{dd}-{yy}-{customer}-{initials}-{product}-{seq:2}")
                            .format(request, "FA", 5))
                    .isEqualTo("FA-20260315-26-C42-AG-AUD-1-05");
        }

        @Test
        void doubledBracesAreLiteralBraces() {
            NumberPattern pattern = NumberPattern.parse("{{FA}}-{{{seq}}}");

            assertThat(pattern.format(invoice(MARCH_15), "FA", 1)).isEqualTo("{FA}-{1}");
            assertThat(pattern).hasToString("{{FA}}-{{{seq}}}");
            assertThat(NumberPattern.parse("{{seq}}-{seq}").format(invoice(MARCH_15), "FA", 2))
                    .isEqualTo("{seq}-2");
        }

        @Test
        void readsBackAsWritten() {
            for (String text : List.of(
                    "FA-{yyyy}-{seq:5}",
                    "{{x}}{seq}",
                    "{yy}{MM}{dd}{seq:12}",
                    "{customer}/{initials}{seq}-{product}-")) {
                NumberPattern pattern = NumberPattern.builder(text).build();
                assertThat(pattern).hasToString(text);
                assertThat(NumberPattern.parse(pattern.toString())).isEqualTo(pattern);
            }
        }

        @Test
        void equalityCoversTheTextAndTheSettings() {
            assertThat(NumberPattern.parse("FA-{seq}"))
                    .isEqualTo(NumberPattern.parse("FA-{seq}"))
                    .hasSameHashCodeAs(NumberPattern.parse("FA-{seq}"))
                    .isNotEqualTo(NumberPattern.parse("FA-{seq:1}"))
                    .isNotEqualTo(
                            NumberPattern.builder("FA-{seq}").maxLength(35).build());
        }

        @Test
        void aPatternWithoutCounterIsAcceptedOnlyWhenAsked() {
            NumberPattern pattern = NumberPattern.builder("FA-{yyyy}{MM}{dd}")
                    .allowWithoutCounter()
                    .build();

            assertThat(pattern.hasCounter()).isFalse();
            assertThat(pattern.format(invoice(MARCH_15), "FA", 0)).isEqualTo("FA-20260315");
        }
    }

    @Nested
    class Initials {
        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "Boulangerie Martin SAS | BM",
                    "L'Atelier de la Gare | AG",
                    "Société Générale | SG",
                    "S.A.R.L. Dupont et Fils | DF",
                    "Œuvres Écologiques du Rhône | OER",
                    "Établissements Durand Frères Père et Fils | EDFP",
                    "Café des Arts & Métiers | CAM",
                    "3M France | F",
                    "Łódź Trading Ltd | LT",
                    "Müller GmbH | M",
                    "ÆRØ Shipping | AS",
                    "jean-pierre dupont | JPD",
                    "SAS | S",
                    "Le Du | LD",
                })
        void takesTheFirstLetterOfEachMeaningfulWord(String name, String initials) {
            assertThat(NumberPattern.initialsOf(name)).isEqualTo(initials);
        }

        @Test
        void aNameWithoutLettersHasNoInitials() {
            assertThat(NumberPattern.initialsOf("123 456")).isEmpty();
            assertThat(NumberPattern.initialsOf("Ελληνικά")).isEmpty();
        }
    }

    @Nested
    class BuildErrors {
        @Test
        void anEmptyPatternIsRefused() {
            Violation violation = onlyViolationOf(() -> NumberPattern.parse(""));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-10");
            assertThat(violation.message()).isEqualTo("the pattern is empty");
        }

        @Test
        void anUnknownTokenIsNamedWithItsPosition() {
            Violation violation = onlyViolationOf(() -> NumberPattern.parse("FA-{year}-{seq}"));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-11");
            assertThat(violation.path()).isEqualTo("pattern");
            assertThat(violation.message())
                    .isEqualTo("\"FA-{year}-{seq}\": unknown token {year} at position 4; known tokens are {yyyy}"
                            + " {yy} {MM} {dd} {seq} {seq:N} {series} {customer} {initials} {product}");
        }

        @Test
        void aTokenInTheWrongCaseGetsAHint() {
            List<Violation> violations = violationsOf(() -> NumberPattern.parse("{YYYY}-{mm}-{Seq}"));

            assertThat(violations)
                    .extracting(Violation::message)
                    .containsExactly(
                            "\"{YYYY}-{mm}-{Seq}\": unknown token {YYYY} at position 1; tokens are case-sensitive,"
                                    + " did you mean {yyyy}?",
                            "\"{YYYY}-{mm}-{Seq}\": unknown token {mm} at position 8; tokens are case-sensitive,"
                                    + " did you mean {MM}?",
                            "\"{YYYY}-{mm}-{Seq}\": unknown token {Seq} at position 13; tokens are case-sensitive,"
                                    + " did you mean {seq}?");
        }

        @Test
        void anOpeningBraceNeverClosedIsUnbalanced() {
            Violation violation = onlyViolationOf(() -> NumberPattern.parse("FA-{yyyy-{seq}"));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-12");
            assertThat(violation.message())
                    .isEqualTo("\"FA-{yyyy-{seq}\": \"{\" at position 4 is never closed; write \"{{\" for a literal"
                            + " brace");
            assertThat(onlyViolationOf(() -> NumberPattern.parse("{seq}-{")).ruleId())
                    .isEqualTo("ECH-NUM-12");
        }

        @Test
        void aClosingBraceWithoutOpeningIsUnbalanced() {
            Violation violation = onlyViolationOf(() -> NumberPattern.parse("FA}-{seq}"));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-12");
            assertThat(violation.message())
                    .isEqualTo("\"FA}-{seq}\": \"}\" at position 3 closes no \"{\"; write \"}}\" for a literal brace");
        }

        @ParameterizedTest
        @ValueSource(strings = {"{seq:0}", "{seq:13}", "{seq:x}", "{seq:}", "{seq:05}", "{seq:-1}", "{seq: 5}"})
        void aPaddingOutsideOneToTwelveIsRefused(String text) {
            Violation violation = onlyViolationOf(() -> NumberPattern.parse(text));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-13");
            assertThat(violation.message())
                    .isEqualTo("\"" + text + "\": the padding of " + text
                            + " at position 1 must be a whole number from 1 to 12");
        }

        @Test
        void twoCountersAreRefused() {
            Violation violation = onlyViolationOf(() -> NumberPattern.parse("{seq}-{seq:3}"));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-14");
            assertThat(violation.message())
                    .isEqualTo("\"{seq}-{seq:3}\" has a second counter {seq:3} at position 7; a number holds one"
                            + " counter");
        }

        @Test
        void aPatternWithoutCounterIsRefusedWithTheReason() {
            Violation violation = onlyViolationOf(() -> NumberPattern.parse("FA-{yyyy}"));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-15");
            assertThat(violation.message())
                    .contains("has no counter {seq}")
                    .contains("the same number")
                    .contains("allowWithoutCounter()");
        }

        @Test
        void everyProblemIsReportedAtOnce() {
            List<Violation> violations = violationsOf(() -> NumberPattern.parse("{foo}-{seq:0}-}"));

            assertThat(violations)
                    .extracting(Violation::ruleId)
                    .containsExactly("ECH-NUM-11", "ECH-NUM-13", "ECH-NUM-12");
        }

        @Test
        void freeTextTokensMustBeDelimited() {
            Violation violation = onlyViolationOf(() -> NumberPattern.parse("{customer}{seq}"));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-19");
            assertThat(violation.message())
                    .isEqualTo("{customer} at position 1 and {seq} at position 11 must be separated by a literal"
                            + " holding a character other than a letter or digit, such as \"-\" or \"/\": otherwise"
                            + " two documents can get the same number (customer C1 with counter 2 and customer C"
                            + " with counter 12 both give C12)");
            assertThat(onlyViolationOf(() -> NumberPattern.parse("{seq}A{product}"))
                            .message())
                    .startsWith("{seq} at position 1 and {product} at position 7 must be separated");
            assertThat(onlyViolationOf(() -> NumberPattern.parse("{customer}{product}-{seq}"))
                            .message())
                    .startsWith("{customer} at position 1 and {product} at position 11 must be separated");
            assertThat(onlyViolationOf(() -> NumberPattern.parse("{initials}{customer}/{seq}"))
                            .message())
                    .startsWith("{initials} at position 1 and {customer} at position 11 must be separated");
        }

        @Test
        void fixedWidthTokensDoNotSeparateFreeText() {
            // C1 + 26 + 5 and C + 12 + 65 both give C1265
            assertThat(onlyViolationOf(() -> NumberPattern.parse("{customer}{yy}{seq}"))
                            .message())
                    .startsWith("{customer} at position 1 and {seq} at position 15 must be separated");
            assertThat(onlyViolationOf(() -> NumberPattern.parse("{seq}{MM}X{series}{product}"))
                            .message())
                    .startsWith("{seq} at position 1 and {product} at position 19 must be separated");
        }

        @Test
        void aSeparatorOrTheEdgeOfThePatternIsEnough() {
            for (String text : List.of(
                    "{customer}-{seq}/{product}",
                    "INV{customer}-{seq}",
                    "{customer}{yyyy}-{seq}",
                    "{seq}-{product}X",
                    "{initials}{seq}{yy}",
                    "{series}{seq:6}")) {
                assertThatCode(() -> NumberPattern.parse(text)).as(text).doesNotThrowAnyException();
            }
        }
    }

    @Nested
    class Length {
        @Test
        void countsEachTokenAtItsLongest() {
            assertThat(NumberPattern.parse("FA-{yyyy}-{seq:5}").maxOutputLength())
                    .isEqualTo(3 + 4 + 1 + 9);
            assertThat(NumberPattern.parse("FA-{yyyy}-{seq:12}").maxOutputLength())
                    .isEqualTo(3 + 4 + 1 + 12);
            assertThat(NumberPattern.parse("{series}{yy}{MM}{dd}{initials}{seq}")
                            .maxOutputLength())
                    .isEqualTo(10 + 6 + 4 + 9);
            assertThat(NumberPattern.builder("{customer}-{product}-{seq:4}")
                            .customerMaxLength(8)
                            .productMaxLength(6)
                            .sequenceMaxDigits(4)
                            .build()
                            .maxOutputLength())
                    .isEqualTo(8 + 1 + 6 + 1 + 4);
        }

        @Test
        void aPatternThatCanExceedTheLimitIsRefusedWithTheCount() {
            Violation violation = onlyViolationOf(() -> NumberPattern.builder("{customer}-{product}-{yyyy}-{seq:5}")
                    .maxLength(35)
                    .build());

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-16");
            assertThat(violation.message())
                    .isEqualTo("\"{customer}-{product}-{yyyy}-{seq:5}\" can give numbers of 56 characters, more than"
                            + " the 35 allowed ({customer} counts as 20, {product} counts as 20, {yyyy} counts as 4,"
                            + " {seq:5} counts as 9)");
        }

        @Test
        void declaredMaximaMakeAPatternFit() {
            NumberPattern pattern = NumberPattern.builder("{customer}-{product}-{yyyy}-{seq:5}")
                    .maxLength(35)
                    .customerMaxLength(10)
                    .productMaxLength(8)
                    .build();

            assertThat(pattern.maxOutputLength()).isEqualTo(34);
            assertThat(pattern.maxLength()).isEqualTo(OptionalInt.of(35));
        }

        @Test
        void aValueLongerThanDeclaredIsRefusedWhenFormatting() {
            NumberPattern pattern = NumberPattern.builder("{customer}-{seq}")
                    .maxLength(35)
                    .customerMaxLength(5)
                    .build();

            Violation violation =
                    onlyViolationOf(() -> pattern.format(forCustomer("C-000042", BOULANGERIE, MARCH_15), "FA", 1));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-21");
            assertThat(violation.path()).isEqualTo("customerNumber");
            assertThat(violation.message())
                    .isEqualTo("\"C-000042\" has 8 characters, more than the 5 declared for {customer} under the"
                            + " length limit of 35");
        }

        @Test
        void aCounterWithMoreDigitsThanDeclaredIsRefusedUnderALimit() {
            NumberPattern pattern = NumberPattern.builder("FA-{seq:3}")
                    .maxLength(10)
                    .sequenceMaxDigits(3)
                    .build();

            assertThat(pattern.format(invoice(MARCH_15), "FA", 999)).isEqualTo("FA-999");
            Violation violation = onlyViolationOf(() -> pattern.format(invoice(MARCH_15), "FA", 1000));
            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-21");
            assertThat(violation.message())
                    .isEqualTo("counter 1000 has more than the 3 digits declared for the length limit of 10");
        }

        @Test
        void withoutALimitValuesAreNotMeasured() {
            String longCustomer = "C".repeat(60);

            assertThat(NumberPattern.parse("{customer}-{seq}")
                            .format(forCustomer(longCustomer, BOULANGERIE, MARCH_15), "FA", 1))
                    .isEqualTo(longCustomer + "-1");
        }
    }

    @Nested
    class EInvoice {
        @Test
        void literalsOutsideTheAllowedCharactersAreRefused() {
            Violation violation = onlyViolationOf(() ->
                    NumberPattern.builder("Facture n°{seq}").eInvoiceSafe().build());

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-17");
            assertThat(violation.message())
                    .isEqualTo("\"Facture n°{seq}\": ' ' at position 8, '°' at position 10 are not allowed in"
                            + " e-invoice numbers, which take only A-Z a-z 0-9 + - _ / (BR-FR-01/02)");
            assertThat(onlyViolationOf(() -> NumberPattern.builder("{{{seq}}}")
                                    .eInvoiceSafe()
                                    .build())
                            .message())
                    .contains("'{' at position 1, '}' at position 8 are not allowed");
        }

        @Test
        void theAllowedCharactersPass() {
            NumberPattern pattern = NumberPattern.builder("Fa+FA_x/{yyyy}-{seq:5}")
                    .maxLength(35)
                    .eInvoiceSafe()
                    .build();

            assertThat(pattern.isEInvoiceSafe()).isTrue();
            assertThat(pattern.format(invoice(MARCH_15), "FA", 1)).isEqualTo("Fa+FA_x/2026-00001");
        }

        @Test
        void valuesOutsideTheAllowedCharactersAreRefusedWhenFormatting() {
            NumberPattern pattern =
                    NumberPattern.builder("{customer}-{seq}").eInvoiceSafe().build();

            Violation violation =
                    onlyViolationOf(() -> pattern.format(forCustomer("C 42", BOULANGERIE, MARCH_15), "FA", 1));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-22");
            assertThat(violation.message())
                    .isEqualTo("\"C 42\" for {customer} has characters outside A-Z a-z 0-9 + - _ / (BR-FR-01/02)");
        }
    }

    @Nested
    class FormatErrors {
        @Test
        void aMissingCustomerNumberOrProductCodeIsRefused() {
            List<Violation> violations = violationsOf(
                    () -> NumberPattern.parse("{customer}-{product}-{seq}").format(invoice(MARCH_15), "FA", 1));

            assertThat(violations)
                    .extracting(Violation::ruleId, Violation::path)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("ECH-NUM-20", "customerNumber"),
                            org.assertj.core.groups.Tuple.tuple("ECH-NUM-20", "productCode"));
            assertThat(violations.get(0).message())
                    .isEqualTo("pattern \"{customer}-{product}-{seq}\" needs a value for {customer}");
        }

        @Test
        void aBuyerNameWithoutLettersGivesNoInitials() {
            NumberingRequest request =
                    forCustomer("C1", Party.builder("123 456").build(), MARCH_15);

            Violation violation = onlyViolationOf(
                    () -> NumberPattern.parse("{initials}-{seq}").format(request, "FA", 1));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-23");
            assertThat(violation.message()).isEqualTo("\"123 456\" has no letter to make {initials} from");
        }

        @Test
        void aYearBeyondFourDigitsIsRefused() {
            Violation violation = onlyViolationOf(
                    () -> NumberPattern.parse("{yyyy}-{seq}").format(invoice(LocalDate.of(10_000, 1, 1)), "FA", 1));

            assertThat(violation.ruleId()).isEqualTo("ECH-NUM-24");
        }

        @Test
        void aCounterBelowOneIsRefused() {
            assertThatThrownBy(() -> NumberPattern.parse("{seq}").format(invoice(MARCH_15), "FA", 0))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("sequence: 0 is below 1; counters start at 1 (ECH-NUM-25)");
        }
    }

    @Nested
    class ParseNumber {
        @Test
        void readsTheYearAndTheCounter() {
            NumberPattern pattern = NumberPattern.parse("FA-{yyyy}-{seq:5}");

            assertThat(pattern.parseNumber("FA-2026-00042"))
                    .contains(new ParsedNumber(
                            OptionalInt.of(2026),
                            OptionalInt.empty(),
                            OptionalInt.empty(),
                            OptionalLong.of(42),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()));
            assertThat(pattern.parseNumber("FA-2026-123456").orElseThrow().sequence())
                    .isEqualTo(OptionalLong.of(123456));
        }

        @Test
        void refusesWhatThePatternCannotHaveWritten() {
            NumberPattern pattern = NumberPattern.parse("FA-{yyyy}-{seq:5}");

            assertThat(pattern.parseNumber("FA-2026-42")).isEmpty();
            assertThat(pattern.parseNumber("FA-2026-012345")).isEmpty();
            assertThat(pattern.parseNumber("FA-2026-00000")).isEmpty();
            assertThat(pattern.parseNumber("AV-2026-00001")).isEmpty();
            assertThat(pattern.parseNumber("FA-2026-00001 ")).isEmpty();
            assertThat(NumberPattern.parse("{yy}{MM}{dd}-{seq}").parseNumber("260230-1"))
                    .isEmpty();
            assertThat(NumberPattern.parse("{yyyy}-{MM}-{seq}").parseNumber("2026-13-1"))
                    .isEmpty();
            assertThat(NumberPattern.parse("{yyyy}-{seq}-{yyyy}").parseNumber("2026-1-2027"))
                    .isEmpty();
        }

        @Test
        void readsTheWholeDateAndTheFreeText() {
            ParsedNumber parsed = NumberPattern.parse("{customer}-{yy}{MM}{dd}-{initials}{seq}")
                    .parseNumber("C-42-260315-BM7")
                    .orElseThrow();

            assertThat(parsed.customer()).contains("C-42");
            assertThat(parsed.date()).contains(MARCH_15);
            assertThat(parsed.initials()).contains("BM");
            assertThat(parsed.sequence()).isEqualTo(OptionalLong.of(7));
        }
    }
}
