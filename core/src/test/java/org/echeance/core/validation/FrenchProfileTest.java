package org.echeance.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.echeance.core.validation.ValidationFixtures.ISSUE_DATE;
import static org.echeance.core.validation.ValidationFixtures.LYON;
import static org.echeance.core.validation.ValidationFixtures.PARIS;
import static org.echeance.core.validation.ValidationFixtures.S20;
import static org.echeance.core.validation.ValidationFixtures.SELLER_SIREN;
import static org.echeance.core.validation.ValidationFixtures.SELLER_VAT;
import static org.echeance.core.validation.ValidationFixtures.eur;
import static org.echeance.core.validation.ValidationFixtures.invoice;
import static org.echeance.core.validation.ValidationFixtures.line;
import static org.echeance.core.validation.ValidationFixtures.validInvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.identifier.Siret;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceNote;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.validation.FrenchProfile.Options;
import org.echeance.core.validation.ValidationFixtures.Parts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchProfileTest {

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertRules(
            List<Violation> violations) {
        return assertThat(violations).extracting(Violation::ruleId, Violation::path);
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertRules(
            Consumer<Parts> change) {
        return assertRules(FrenchProfile.validate(invoice(change)));
    }

    private static InvoiceReference reference(String number) {
        return InvoiceReference.of(number, ISSUE_DATE.minusMonths(1));
    }

    @Test
    void validFrenchB2bInvoiceHasNoViolation() {
        Invoice invoice = validInvoice();

        assertThat(FrenchProfile.validate(invoice)).isEmpty();
        assertThat(FrenchProfile.validateAll(invoice)).isEmpty();
        assertThatCode(() -> FrenchProfile.check(invoice)).doesNotThrowAnyException();
        assertThatCode(() -> FrenchProfile.checkAll(invoice)).doesNotThrowAnyException();
    }

    @Test
    void validConsumerInvoiceNeedsNoBuyerIdentifierNorRecoveryIndemnity() {
        Invoice invoice = invoice(p -> {
            p.buyer = ValidationFixtures.consumer();
            p.notes.removeIf(n -> n.subjectCode().equals(Optional.of(InvoiceNote.RECOVERY_INDEMNITY)));
            p.dueDate = ISSUE_DATE.plusDays(90);
        });

        assertThat(FrenchProfile.validateAll(invoice)).isEmpty();
    }

    /** Missing number, missing issue date, an exempt line without reason and no penalty mention, all at once. */
    @Test
    void reportsEveryFaultTogetherEn16931First() {
        Invoice invoice = invoice(p -> {
            p.number = null;
            p.issueDate = null;
            p.lines.add(line("3", VatRate.zero(VatCategory.EXEMPT), "200.00").build());
            p.notes.removeIf(n -> n.subjectCode().equals(Optional.of(InvoiceNote.LATE_PAYMENT_PENALTIES)));
        });

        List<Violation> all = FrenchProfile.validateAll(invoice);

        assertRules(all)
                .containsExactly(
                        tuple("BR-02", "number"),
                        tuple("BR-03", "issueDate"),
                        tuple("BR-E-10", "totals.vatBreakdown[2].exemptionReason"),
                        tuple("BR-FR-05", "notes"));
        assertThatThrownBy(() -> FrenchProfile.checkAll(invoice))
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.violations()).isEqualTo(all));
        assertThatThrownBy(() -> FrenchProfile.check(invoice))
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertRules(e.violations()).containsExactly(tuple("BR-FR-05", "notes")));
    }

    @Nested
    class Numbers {
        @Test
        void brFr01AtMost35Characters() {
            String number = "FA-2026-" + "0".repeat(28);

            assertThat(number).hasSize(36);
            assertRules(p -> p.number = number).containsExactly(tuple("BR-FR-01", "number"));
            assertRules(p -> p.number = number.substring(1)).isEmpty();
        }

        @Test
        void brFr02AllowedCharacters() {
            List<Violation> violations = FrenchProfile.validate(invoice(p -> p.number = "FA 2026.0042"));

            assertThat(violations)
                    .containsExactly(new Violation(
                            "BR-FR-02",
                            "number",
                            "\"FA 2026.0042\" contains ' ', '.'; only A-Z a-z 0-9 + - _ / are allowed"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"FA-2026-0042", "2026/A+B_42", "a"})
        void brFr02AcceptsLettersDigitsAndPlusMinusUnderscoreSlash(String number) {
            assertRules(p -> p.number = number).isEmpty();
        }

        @Test
        void brFr02AppliesToPrecedingInvoiceNumbers() {
            assertRules(p -> {
                        p.type = DocumentType.CREDIT_NOTE;
                        p.precedingInvoices.add(reference("FA 2026#1"));
                    })
                    .containsExactly(tuple("BR-FR-02", "precedingInvoices[0].number"));
        }
    }

    @Nested
    class DueDate {
        @Test
        void l441Dash9DueDateOnB2bInvoices() {
            assertRules(p -> p.dueDate = null).containsExactly(tuple("FR-L441-9-DUE", "dueDate"));
        }

        @Test
        void l441Dash9NotForConsumers() {
            Invoice invoice = invoice(p -> p.dueDate = null);

            assertThat(FrenchProfile.validate(invoice, Options.defaults().withB2b(false)))
                    .isEmpty();
        }

        @Test
        void brFrCo07DueDateNotBeforeIssueDate() {
            List<Violation> violations = FrenchProfile.validate(invoice(p -> p.dueDate = ISSUE_DATE.minusDays(1)));

            assertRules(violations).containsExactly(tuple("BR-FR-CO-07", "dueDate"));
            assertThat(violations.get(0))
                    .hasToString("dueDate: 2026-05-12 is before the issue date 2026-05-13 (BR-FR-CO-07)");
        }

        @Test
        void dueDateOnIssueDateIsAllowed() {
            assertRules(p -> p.dueDate = ISSUE_DATE).isEmpty();
        }

        @Test
        void l441Dash10SixtyDaysAtMost() {
            List<Violation> violations = FrenchProfile.validate(invoice(p -> p.dueDate = ISSUE_DATE.plusDays(61)));

            assertThat(violations)
                    .containsExactly(new Violation(
                            "FR-L441-10",
                            "dueDate",
                            "2026-07-13 is 61 days after the issue date 2026-05-13; payment terms between businesses"
                                    + " are capped at 60 days (Code de commerce L441-10)"));
            assertRules(p -> p.dueDate = ISSUE_DATE.plusDays(60)).isEmpty();
        }

        @Test
        void l441Dash10FortyFiveDaysEndOfMonthWhenAgreed() {
            // issued 2026-05-13: end of May + 45 days = 2026-07-15; +45 days then end of month = 2026-06-30
            Invoice invoice = invoice(p -> p.dueDate = LocalDate.of(2026, 7, 15));
            Invoice later = invoice(p -> p.dueDate = LocalDate.of(2026, 7, 16));

            assertRules(FrenchProfile.validate(invoice)).containsExactly(tuple("FR-L441-10", "dueDate"));
            assertThat(FrenchProfile.validate(invoice, Options.defaults().withEndOfMonthAgreed()))
                    .isEmpty();
            assertThat(FrenchProfile.validate(later, Options.defaults().withEndOfMonthAgreed()))
                    .singleElement()
                    .satisfies(v -> assertThat(v.message()).contains("or 45 days end of month, here 2026-07-15"));
        }

        @Test
        void l441Dash10CapIsAnOption() {
            Invoice invoice = invoice(p -> p.dueDate = ISSUE_DATE.plusDays(90));

            assertThat(FrenchProfile.validate(invoice, Options.defaults().withMaxPaymentDays(90)))
                    .isEmpty();
            assertRules(FrenchProfile.validate(invoice, Options.defaults().withMaxPaymentDays(45)))
                    .containsExactly(tuple("FR-L441-10", "dueDate"));
        }
    }

    @Nested
    class LegalMentions {
        @ParameterizedTest
        @ValueSource(strings = {"PMT", "PMD", "AAB"})
        void brFr05EachMention(String subject) {
            List<Violation> violations = FrenchProfile.validate(
                    invoice(p -> p.notes.removeIf(n -> n.subjectCode().equals(Optional.of(subject)))));

            assertRules(violations).containsExactly(tuple("BR-FR-05", "notes"));
            assertThat(violations.get(0).message()).contains("note subject " + subject);
        }

        @Test
        void brFr05RecoveryIndemnityOnlyBetweenBusinesses() {
            Invoice invoice = invoice(p -> p.notes.clear());

            assertThat(FrenchProfile.validate(invoice, Options.defaults().withB2b(false)))
                    .extracting(Violation::message)
                    .containsExactly(
                            "the mention of the late-payment penalty rate (note subject PMD) is missing",
                            "the mention of the early-payment discount terms, or « Pas d'escompte pour paiement"
                                    + " anticipé » (note subject AAB), is missing");
        }

        @Test
        void brFr06EachMentionOnce() {
            assertRules(p -> p.notes.add(InvoiceNote.of(InvoiceNote.LATE_PAYMENT_PENALTIES, "Pénalités : 12 %")))
                    .containsExactly(tuple("BR-FR-06", "notes[3].subjectCode"));
        }
    }

    @Nested
    class Parties {
        @Test
        void brFr10SellerSiren() {
            Party seller = Party.builder("Atelier Échéance SAS")
                    .address(PARIS)
                    .electronicAddress(ElectronicAddress.of("0225", SELLER_SIREN))
                    .build();

            assertRules(p -> p.seller = seller).containsExactly(tuple("BR-FR-10", "seller.legalRegistration"));
        }

        @Test
        void brFr10SirenFromFrenchVatNumberOrSiret() {
            Party fromVat = Party.builder("Atelier Échéance SAS")
                    .vatNumber(SELLER_VAT)
                    .address(PARIS)
                    .electronicAddress(ElectronicAddress.of("0225", SELLER_SIREN))
                    .build();
            Party fromSiret = fromVat.toBuilder()
                    .legalRegistration(PartyIdentifier.of(Siret.parse("55210055400013")))
                    .build();

            assertRules(p -> p.seller = fromVat).isEmpty();
            assertRules(p -> p.seller = fromSiret).isEmpty();
        }

        @Test
        void brFr10MalformedSirenCannotEvenBeARegistration() {
            assertThatThrownBy(() -> new PartyIdentifier("552100555", Optional.of(PartyIdentifier.SCHEME_SIREN)))
                    .isInstanceOfSatisfying(
                            InvalidIdentifierException.class,
                            e -> assertThat(e.rule()).isEqualTo("Luhn"));
        }

        @Test
        void brFr11FrenchBusinessBuyerSiren() {
            Party buyer = Party.builder("Librairie du Rhône SARL")
                    .legalRegistration(PartyIdentifier.of("RCS Lyon B 303 265 045"))
                    .address(LYON)
                    .electronicAddress(ElectronicAddress.of("EM", "factures@librairie.example"))
                    .build();

            assertRules(p -> p.buyer = buyer).containsExactly(tuple("BR-FR-11", "buyer.legalRegistration"));
        }

        @Test
        void brFr11ForeignBusinessBuyerHasNoSiren() {
            assertRules(p -> p.buyer = ValidationFixtures.germanBuyer()).isEmpty();
        }

        @Test
        void brFr11WhenTheCallerSaysTheBuyerIsABusiness() {
            Party buyer = Party.builder("Librairie du Rhône SARL")
                    .address(LYON)
                    .electronicAddress(ElectronicAddress.of("EM", "factures@librairie.example"))
                    .build();
            Invoice invoice = invoice(p -> p.buyer = buyer);

            assertThat(FrenchProfile.validate(invoice)).isEmpty();
            assertRules(FrenchProfile.validate(invoice, Options.defaults().withB2b(true)))
                    .containsExactly(tuple("BR-FR-11", "buyer.legalRegistration"));
        }

        @Test
        void brFr12BuyerElectronicAddress() {
            Party buyer = ValidationFixtures.buyerBase()
                    .vatNumber(ValidationFixtures.BUYER_VAT)
                    .address(LYON)
                    .build();

            assertRules(p -> p.buyer = buyer).containsExactly(tuple("BR-FR-12", "buyer.electronicAddress"));
        }

        @Test
        void brFr13SellerElectronicAddress() {
            Party seller = ValidationFixtures.sellerBase()
                    .vatNumber(SELLER_VAT)
                    .address(PARIS)
                    .build();

            assertRules(p -> p.seller = seller).containsExactly(tuple("BR-FR-13", "seller.electronicAddress"));
        }
    }

    @Nested
    class CreditNotesAndCorrections {
        @Test
        void brFrCo05CreditNoteReferencesTheInvoice() {
            assertRules(p -> p.type = DocumentType.CREDIT_NOTE)
                    .containsExactly(tuple("BR-FR-CO-05", "precedingInvoices"));
        }

        @Test
        void brFrCo05WithNumberAndDate() {
            assertRules(p -> {
                        p.type = DocumentType.CREDIT_NOTE;
                        p.precedingInvoices.add(new InvoiceReference("FA-2026-0007", Optional.empty()));
                    })
                    .containsExactly(tuple("BR-FR-CO-05", "precedingInvoices[0].issueDate"));
            assertRules(p -> {
                        p.type = DocumentType.CREDIT_NOTE;
                        p.precedingInvoices.add(reference("FA-2026-0007"));
                    })
                    .isEmpty();
        }

        @Test
        void brFrCo04CorrectedInvoiceReferencesExactlyOneInvoice() {
            assertRules(p -> p.type = DocumentType.CORRECTED_INVOICE)
                    .containsExactly(tuple("BR-FR-CO-04", "precedingInvoices"));
            assertRules(p -> {
                        p.type = DocumentType.CORRECTED_INVOICE;
                        p.precedingInvoices.add(reference("FA-2026-0007"));
                    })
                    .isEmpty();
            assertRules(p -> {
                        p.type = DocumentType.CORRECTED_INVOICE;
                        p.precedingInvoices.add(reference("FA-2026-0007"));
                        p.precedingInvoices.add(reference("FA-2026-0008"));
                    })
                    .containsExactly(tuple("BR-FR-CO-04", "precedingInvoices"));
        }
    }

    @Nested
    class VatCategoriesAndRates {
        @Test
        void brFr15FrenchCategoriesOnly() {
            InvoiceLine igic = InvoiceLine.builder("3", "Envoi aux Canaries")
                    .quantity("1", UnitCode.ONE)
                    .unitPrice(eur("10.00"))
                    .vatRate(VatRate.of(VatCategory.CANARY_ISLANDS, new BigDecimal("7")))
                    .build();

            assertRules(p -> p.lines.add(igic)).containsExactly(tuple("BR-FR-15", "lines[2].vatRate"));
        }

        @Test
        void brFr16FrenchRatesOnly() {
            VatRate nineteen = VatRate.standard("19");
            List<Violation> violations = FrenchProfile.validate(invoice(p -> {
                p.lines.add(line("3", nineteen, "10.00").build());
                p.allowancesCharges.add(
                        AllowanceCharge.charge(eur("1.00")).withReason("Port").withVatRate(nineteen));
            }));

            assertRules(violations)
                    .containsExactly(
                            tuple("BR-FR-16", "lines[2].vatRate"), tuple("BR-FR-16", "allowancesCharges[1].vatRate"));
            assertThat(violations.get(0).message()).isEqualTo("VAT rate 19 % is not a French rate");
        }

        @ParameterizedTest
        @ValueSource(strings = {"20", "10", "5.5", "2.1", "13", "0.9", "8.5", "1.75", "1.05", "19.6", "7", "20.00"})
        void brFr16AcceptsMetropolitanCorsicanOverseasAndFormerRates(String percent) {
            assertRules(p -> p.lines.add(
                            line("3", VatRate.standard(percent), "10.00").build()))
                    .isEmpty();
        }

        @Test
        void zeroRatedAndExemptArePartOfTheFrenchList() {
            assertRules(p -> {
                        p.lines.add(line("3", VatRate.zero(VatCategory.ZERO_RATED), "10.00")
                                .build());
                        p.lines.add(line("4", S20, "10.00").build());
                    })
                    .isEmpty();
        }
    }

    @Nested
    class OptionsRecord {
        @Test
        void defaultsAreSixtyDaysAndADerivedBuyerKind() {
            assertThat(Options.defaults()).isEqualTo(new Options(60, Optional.empty(), false));
            assertThat(Options.defaults().isB2b(validInvoice())).isTrue();
            assertThat(Options.defaults().isB2b(invoice(p -> p.buyer = ValidationFixtures.consumer())))
                    .isFalse();
            assertThat(Options.defaults().withB2b(true).isB2b(invoice(p -> p.buyer = ValidationFixtures.consumer())))
                    .isTrue();
        }

        @Test
        void negativeCapIsRefused() {
            assertThatThrownBy(() -> Options.defaults().withMaxPaymentDays(-1))
                    .isInstanceOfSatisfying(
                            ValidationException.class,
                            e -> assertThat(e.hasRule("ECH-FR-OPT-01")).isTrue());
        }
    }
}
