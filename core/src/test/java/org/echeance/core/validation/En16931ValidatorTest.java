package org.echeance.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.echeance.core.validation.ValidationFixtures.BUYER_VAT;
import static org.echeance.core.validation.ValidationFixtures.LYON;
import static org.echeance.core.validation.ValidationFixtures.PARIS;
import static org.echeance.core.validation.ValidationFixtures.S20;
import static org.echeance.core.validation.ValidationFixtures.SELLER_VAT;
import static org.echeance.core.validation.ValidationFixtures.buyerBase;
import static org.echeance.core.validation.ValidationFixtures.eur;
import static org.echeance.core.validation.ValidationFixtures.invoice;
import static org.echeance.core.validation.ValidationFixtures.line;
import static org.echeance.core.validation.ValidationFixtures.sellerBase;
import static org.echeance.core.validation.ValidationFixtures.totals;
import static org.echeance.core.validation.ValidationFixtures.validInvoice;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.core.validation.ValidationFixtures.Parts;
import org.echeance.core.validation.ValidationFixtures.TotalsParts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class En16931ValidatorTest {

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertRules(
            Invoice invoice) {
        return assertRules(En16931Validator.validate(invoice));
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertRules(
            List<Violation> violations) {
        return assertThat(violations).extracting(Violation::ruleId, Violation::path);
    }

    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertRules(
            Consumer<Parts> change) {
        return assertRules(invoice(change));
    }

    @Test
    void validFrenchB2bInvoiceHasNoViolation() {
        Invoice invoice = validInvoice();

        assertThat(En16931Validator.validate(invoice)).isEmpty();
        assertThatCode(() -> En16931Validator.check(invoice)).doesNotThrowAnyException();
        assertThat(invoice.totals().amountDue()).isEqualTo(eur("580.75"));
    }

    @Test
    void vatInclusivePricesPassWithTheirDerivedNetAmounts() {
        // Consumer prices including VAT: net amounts are derived per rate, so no per-line formula applies.
        Invoice invoice = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, ValidationFixtures.EUR)
                .priceEntry(PriceEntry.VAT_INCLUSIVE)
                .number("TK-2026-0001")
                .issueDate(ValidationFixtures.ISSUE_DATE)
                .seller(ValidationFixtures.seller())
                .buyer(ValidationFixtures.consumer())
                .line(line("1", S20, "9.99").quantity("3", UnitCode.ONE).build())
                .line(line("2", ValidationFixtures.S5_5, "4.99").build())
                .allowanceCharge(AllowanceCharge.allowance(eur("1.00"))
                        .withReason("Remise")
                        .withVatRate(S20))
                .paymentTerms("Payé comptant")
                .build();

        assertThat(En16931Validator.validate(invoice)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = VatCategory.class,
            names = {"STANDARD", "ZERO_RATED", "EXEMPT", "REVERSE_CHARGE", "INTRA_COMMUNITY", "EXPORT", "OUTSIDE_SCOPE"
            })
    void eachCategoryHasAValidInvoice(VatCategory category) {
        boolean reason = category.requiresExemptionReason();

        assertThat(En16931Validator.validate(invoice(p -> p.onlyCategory(category, reason))))
                .isEmpty();
    }

    @Test
    void checkThrowsWithEveryViolation() {
        Invoice invoice = invoice(p -> {
            p.number = null;
            p.issueDate = null;
        });

        assertThatThrownBy(() -> En16931Validator.check(invoice))
                .isInstanceOfSatisfying(InvoiceValidationException.class, e -> {
                    assertThat(e.violations()).hasSize(2);
                    assertThat(e.hasRule("BR-02")).isTrue();
                    assertThat(e.hasRule("BR-03")).isTrue();
                })
                .hasMessage("2 violations: number: the invoice number is missing; a draft gets its number when it is"
                        + " issued (BR-02); issueDate: the issue date is missing (BR-03)");
    }

    @Nested
    class HeaderAndParties {
        @Test
        void br02InvoiceNumber() {
            assertRules(p -> p.number = null).containsExactly(tuple("BR-02", "number"));
            assertRules(p -> p.number = " ").containsExactly(tuple("BR-02", "number"));
        }

        @Test
        void br03IssueDate() {
            assertRules(p -> p.issueDate = null).containsExactly(tuple("BR-03", "issueDate"));
        }

        @Test
        void br08SellerAddress() {
            assertRules(p -> p.seller = sellerBase().vatNumber(SELLER_VAT).build())
                    .containsExactly(tuple("BR-08", "seller.address"));
        }

        @Test
        void br10BuyerAddress() {
            assertRules(p -> p.buyer = buyerBase().vatNumber(BUYER_VAT).build())
                    .containsExactly(tuple("BR-10", "buyer.address"));
        }

        @Test
        void brCo26SellerIdentifier() {
            // A tax registration (BT-32) satisfies BR-S-02 but does not identify the seller.
            Party seller = Party.builder("Atelier Échéance SAS")
                    .taxRegistration("FR-IMPOTS-75-0042")
                    .address(PARIS)
                    .build();

            assertRules(p -> p.seller = seller).containsExactly(tuple("BR-CO-26", "seller"));
        }

        @Test
        void sellerIdentifierMayBeAnyOfTheThree() {
            Party withIdentifierOnly = Party.builder("Atelier Échéance SAS")
                    .taxRegistration("FR-IMPOTS-75-0042")
                    .identifier(PartyIdentifier.of("3012345678901"))
                    .address(PARIS)
                    .build();

            assertRules(p -> p.seller = withIdentifierOnly).isEmpty();
        }

        @Test
        void brS02To04SellerVatIdentifierForStandardRate() {
            Invoice invoice = invoice(p -> {
                p.seller = sellerBase().address(PARIS).build();
                p.allowancesCharges.add(AllowanceCharge.charge(eur("15.00"))
                        .withReason("FC", "Port")
                        .withVatRate(S20));
            });

            assertRules(invoice)
                    .containsExactly(
                            tuple("BR-S-02", "seller.vatNumber"),
                            tuple("BR-S-03", "seller.vatNumber"),
                            tuple("BR-S-04", "seller.vatNumber"));
            assertThat(En16931Validator.validate(invoice).get(0).message())
                    .isEqualTo("lines in VAT category S need the seller's VAT identifier (BT-31) or tax registration"
                            + " identifier (BT-32); the seller has neither");
        }

        @Test
        void sellerTaxRegistrationIsEnoughForStandardRate() {
            assertRules(p -> p.seller = sellerBase()
                            .taxRegistration("FR-IMPOTS-75-0042")
                            .address(PARIS)
                            .build())
                    .isEmpty();
        }

        @Test
        void brZ02SellerVatIdentifierForZeroRate() {
            assertRules(p -> p.onlyCategory(VatCategory.ZERO_RATED, false).seller =
                            sellerBase().address(PARIS).build())
                    .containsExactly(tuple("BR-Z-02", "seller.vatNumber"));
        }

        @Test
        void brE02SellerVatIdentifierForExempt() {
            assertRules(p -> p.onlyCategory(VatCategory.EXEMPT, true).seller =
                            sellerBase().address(PARIS).build())
                    .containsExactly(tuple("BR-E-02", "seller.vatNumber"));
        }

        @Test
        void brAe02SellerAndBuyerIdentifiersForReverseCharge() {
            assertRules(p -> {
                        p.onlyCategory(VatCategory.REVERSE_CHARGE, true);
                        p.seller = sellerBase().address(PARIS).build();
                        p.buyer = Party.builder("Librairie du Rhône SARL")
                                .address(LYON)
                                .build();
                    })
                    .containsExactly(tuple("BR-AE-02", "seller.vatNumber"), tuple("BR-AE-02", "buyer.vatNumber"));
        }

        @Test
        void brAe02BuyerLegalRegistrationIsEnough() {
            assertRules(p -> p.onlyCategory(VatCategory.REVERSE_CHARGE, true).buyer =
                            buyerBase().address(LYON).build())
                    .isEmpty();
        }

        @Test
        void brAe03And04ForReverseChargeAllowancesAndCharges() {
            VatRate ae = VatRate.zero(VatCategory.REVERSE_CHARGE);
            assertRules(p -> {
                        p.onlyCategory(VatCategory.REVERSE_CHARGE, true);
                        p.buyer = Party.builder("Librairie du Rhône SARL")
                                .address(LYON)
                                .build();
                        p.allowancesCharges.add(AllowanceCharge.allowance(eur("5.00"))
                                .withReason("Remise")
                                .withVatRate(ae));
                        p.allowancesCharges.add(AllowanceCharge.charge(eur("5.00"))
                                .withReason("Port")
                                .withVatRate(ae));
                    })
                    .containsExactly(
                            tuple("BR-AE-02", "buyer.vatNumber"),
                            tuple("BR-AE-03", "buyer.vatNumber"),
                            tuple("BR-AE-04", "buyer.vatNumber"));
        }

        @Test
        void brIc02BuyerVatIdentifierForIntraCommunitySupply() {
            assertRules(p -> p.onlyCategory(VatCategory.INTRA_COMMUNITY, true).buyer = Party.builder(
                                    "Buchhandlung Berlin GmbH")
                            .address(ValidationFixtures.BERLIN)
                            .build())
                    .containsExactly(tuple("BR-IC-02", "buyer.vatNumber"));
        }

        @Test
        void brIc02SellerVatIdentifierForIntraCommunitySupplyTaxRegistrationIsNotEnough() {
            assertRules(p -> p.onlyCategory(VatCategory.INTRA_COMMUNITY, true).seller = sellerBase()
                            .taxRegistration("FR-IMPOTS-75-0042")
                            .address(PARIS)
                            .build())
                    .containsExactly(tuple("BR-IC-02", "seller.vatNumber"));
        }

        @Test
        void brG02SellerVatIdentifierForExport() {
            assertRules(p -> p.onlyCategory(VatCategory.EXPORT, true).seller = sellerBase()
                            .taxRegistration("FR-IMPOTS-75-0042")
                            .address(PARIS)
                            .build())
                    .containsExactly(tuple("BR-G-02", "seller.vatNumber"));
        }

        @Test
        void brO02NoVatIdentifiersOutsideTheScopeOfVat() {
            List<Violation> violations = En16931Validator.validate(invoice(p -> {
                p.onlyCategory(VatCategory.OUTSIDE_SCOPE, true);
                p.seller = ValidationFixtures.seller();
                p.buyer = ValidationFixtures.buyer();
            }));

            assertRules(violations)
                    .containsExactly(tuple("BR-O-02", "seller.vatNumber"), tuple("BR-O-02", "buyer.vatNumber"));
            assertThat(violations.get(0))
                    .hasToString("seller.vatNumber: lines in VAT category O do not allow the seller's VAT identifier,"
                            + " found FR96552100554 (BR-O-02)");
        }

        @Test
        void brO11To14AnInvoiceOutsideTheScopeOfVatHasNoOtherCategory() {
            assertRules(p -> {
                        p.onlyCategory(VatCategory.OUTSIDE_SCOPE, true);
                        p.lines.add(line("2", S20, "50.00").build());
                        p.allowancesCharges.add(AllowanceCharge.allowance(eur("5.00"))
                                .withReason("Remise")
                                .withVatRate(S20));
                        p.allowancesCharges.add(AllowanceCharge.charge(eur("5.00"))
                                .withReason("Port")
                                .withVatRate(S20));
                    })
                    .containsExactly(
                            tuple("BR-S-02", "seller.vatNumber"),
                            tuple("BR-S-03", "seller.vatNumber"),
                            tuple("BR-S-04", "seller.vatNumber"),
                            tuple("BR-O-12", "lines[1].vatRate"),
                            tuple("BR-O-13", "allowancesCharges[0].vatRate"),
                            tuple("BR-O-14", "allowancesCharges[1].vatRate"),
                            tuple("BR-O-11", "totals.vatBreakdown[0]"));
        }
    }

    @Nested
    class Delivery {
        @Test
        void brIc11DeliveryDateOrInvoicingPeriod() {
            assertRules(p -> p.onlyCategory(VatCategory.INTRA_COMMUNITY, true).deliveryDate = null)
                    .containsExactly(tuple("BR-IC-11", "deliveryDate"));
        }

        @Test
        void brIc11InvoicingPeriodIsEnough() {
            assertRules(p -> {
                        p.onlyCategory(VatCategory.INTRA_COMMUNITY, true).deliveryDate = null;
                        p.invoicingPeriod = InvoicePeriod.ofClosed(
                                ValidationFixtures.ISSUE_DATE.minusDays(30), ValidationFixtures.ISSUE_DATE);
                    })
                    .isEmpty();
        }

        @Test
        void brIc12DeliverToCountry() {
            assertRules(p -> p.onlyCategory(VatCategory.INTRA_COMMUNITY, true).deliverTo = null)
                    .containsExactly(tuple("BR-IC-12", "deliverTo"));
        }
    }

    @Nested
    class LinesAllowancesAndCharges {
        @Test
        void br16AtLeastOneLine() {
            assertRules(p -> {
                        p.lines.clear();
                        p.allowancesCharges.clear();
                    })
                    .containsExactly(tuple("BR-16", "lines"), tuple("BR-CO-18", "totals.vatBreakdown"));
        }

        @Test
        void br42AndBrCo23LineAllowanceReason() {
            assertRules(p -> p.lines.set(
                            0,
                            line("1", S20, "100.00")
                                    .allowanceCharge(AllowanceCharge.allowance(eur("5.00")))
                                    .build()))
                    .containsExactly(
                            tuple("BR-42", "lines[0].allowancesCharges[0].reason"),
                            tuple("BR-CO-23", "lines[0].allowancesCharges[0].reason"));
        }

        @Test
        void br44AndBrCo24LineChargeReason() {
            assertRules(p -> p.lines.set(
                            1,
                            line("2", S20, "100.00")
                                    .allowanceCharge(AllowanceCharge.allowance(eur("1.00"))
                                            .withReason("Remise"))
                                    .allowanceCharge(AllowanceCharge.charge(eur("5.00")))
                                    .build()))
                    .containsExactly(
                            tuple("BR-44", "lines[1].allowancesCharges[1].reason"),
                            tuple("BR-CO-24", "lines[1].allowancesCharges[1].reason"));
        }

        @Test
        void reasonCodeAloneIsEnough() {
            AllowanceCharge codeOnly = new AllowanceCharge(
                    AllowanceCharge.Kind.ALLOWANCE,
                    eur("10.00"),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("95"),
                    Optional.empty(),
                    Optional.of(S20));

            assertRules(p -> p.allowancesCharges.set(0, codeOnly)).isEmpty();
        }

        @Test
        void br33AndBrCo21DocumentAllowanceReason() {
            List<Violation> violations = En16931Validator.validate(invoice(p -> p.allowancesCharges.set(
                    0, AllowanceCharge.allowance(eur("10.00")).withVatRate(S20))));

            assertRules(violations)
                    .containsExactly(
                            tuple("BR-33", "allowancesCharges[0].reason"),
                            tuple("BR-CO-21", "allowancesCharges[0].reason"));
            assertThat(violations.get(0).message())
                    .isEqualTo("the document-level allowance of 10.00 EUR has neither a reason nor a reason code");
        }

        @Test
        void br38AndBrCo22DocumentChargeReason() {
            assertRules(p -> p.allowancesCharges.add(
                            AllowanceCharge.charge(eur("15.00")).withVatRate(S20)))
                    .containsExactly(
                            tuple("BR-38", "allowancesCharges[1].reason"),
                            tuple("BR-CO-22", "allowancesCharges[1].reason"));
        }

        @Test
        void brDec02And06DocumentBaseAmountDecimals() {
            // 10 % of 100.005 rounds to 10.00: the model accepts the base, EN 16931 allows two decimals.
            assertRules(p -> {
                        p.allowancesCharges.set(
                                0,
                                AllowanceCharge.allowanceOf(BigDecimal.TEN, eur("100.005"))
                                        .withReason("Remise")
                                        .withVatRate(S20));
                        p.allowancesCharges.add(AllowanceCharge.chargeOf(BigDecimal.TEN, eur("100.005"))
                                .withReason("Port")
                                .withVatRate(S20));
                    })
                    .containsExactly(
                            tuple("BR-DEC-02", "allowancesCharges[0].baseAmount"),
                            tuple("BR-DEC-06", "allowancesCharges[1].baseAmount"));
        }

        @Test
        void brDec25And28LineBaseAmountDecimals() {
            assertRules(p -> p.lines.set(
                            0,
                            line("1", S20, "100.00")
                                    .allowanceCharge(AllowanceCharge.allowanceOf(BigDecimal.TEN, eur("100.005"))
                                            .withReason("Remise"))
                                    .allowanceCharge(AllowanceCharge.chargeOf(BigDecimal.TEN, eur("100.005"))
                                            .withReason("Port"))
                                    .build()))
                    .containsExactly(
                            tuple("BR-DEC-25", "lines[0].allowancesCharges[0].baseAmount"),
                            tuple("BR-DEC-28", "lines[0].allowancesCharges[1].baseAmount"));
        }
    }

    @Nested
    class VatBreakdownRules {
        @ParameterizedTest
        @EnumSource(
                value = VatCategory.class,
                names = {"EXEMPT", "REVERSE_CHARGE", "INTRA_COMMUNITY", "EXPORT", "OUTSIDE_SCOPE"})
        void exemptionReasonRequired(VatCategory category) {
            List<Violation> violations = En16931Validator.validate(invoice(p -> p.onlyCategory(category, false)));

            assertRules(violations)
                    .containsExactly(tuple(category.exemptionReasonRule(), "totals.vatBreakdown[0].exemptionReason"));
        }

        @Test
        void brE10NamesTheCategory() {
            List<Violation> violations =
                    En16931Validator.validate(invoice(p -> p.onlyCategory(VatCategory.EXEMPT, false)));

            assertThat(violations)
                    .containsExactly(new Violation(
                            "BR-E-10",
                            "totals.vatBreakdown[0].exemptionReason",
                            "VAT category E needs an exemption reason text (BT-120) or code (BT-121); give it on the"
                                    + " lines of that category"));
        }

        @Test
        void brS10NoExemptionReasonOnStandardRate() {
            assertRules(p -> p.lines.set(
                            0,
                            line("1", S20, "100.00")
                                    .exemption(null, "TVA non applicable")
                                    .build()))
                    .containsExactly(tuple("BR-S-10", "totals.vatBreakdown[0].exemptionReason"));
        }

        @Test
        void brZ10NoExemptionReasonOnZeroRate() {
            assertRules(p -> p.lines.set(
                            1,
                            line("2", VatRate.zero(VatCategory.ZERO_RATED), "10.00")
                                    .exemption("VATEX-EU-O", null)
                                    .build()))
                    .containsExactly(tuple("BR-Z-10", "totals.vatBreakdown[1].exemptionReason"));
        }
    }

    /** Totals an invoice never computes itself, as an imported document could state them. */
    @Nested
    class Totals {
        private final Invoice invoice = validInvoice();

        private AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertTotals(
                Consumer<TotalsParts> change) {
            InvoiceTotals wrong = totals(invoice, change);
            return assertRules(En16931Validator.validate(invoice, wrong));
        }

        @Test
        void ownTotalsPass() {
            assertTotals(t -> {}).isEmpty();
        }

        @Test
        void brCo10SumOfLineNetAmounts() {
            assertTotals(t -> t.sumOfLineNetAmounts = eur("500.01"))
                    .containsExactly(
                            tuple("BR-CO-10", "totals.sumOfLineNetAmounts"),
                            tuple("BR-CO-13", "totals.taxExclusiveAmount"));
        }

        @Test
        void brCo11SumOfAllowances() {
            assertTotals(t -> t.allowanceTotal = eur("10.01"))
                    .containsExactly(
                            tuple("BR-CO-11", "totals.allowanceTotal"), tuple("BR-CO-13", "totals.taxExclusiveAmount"));
        }

        @Test
        void brCo12SumOfCharges() {
            assertTotals(t -> t.chargeTotal = eur("0.01"))
                    .containsExactly(
                            tuple("BR-CO-12", "totals.chargeTotal"), tuple("BR-CO-13", "totals.taxExclusiveAmount"));
        }

        @Test
        void brCo13TotalWithoutVat() {
            List<Violation> violations =
                    En16931Validator.validate(invoice, totals(invoice, t -> t.taxExclusiveAmount = eur("490.01")));

            assertRules(violations)
                    .containsExactly(
                            tuple("BR-CO-13", "totals.taxExclusiveAmount"),
                            tuple("BR-CO-15", "totals.taxInclusiveAmount"));
            assertThat(violations.get(0))
                    .hasToString("totals.taxExclusiveAmount: 490.01 EUR is not the line total minus allowances plus"
                            + " charges, 490.00 EUR (BR-CO-13)");
        }

        @Test
        void brCo14TotalVat() {
            assertTotals(t -> t.vatTotal = eur("90.74"))
                    .containsExactly(
                            tuple("BR-CO-14", "totals.vatTotal"), tuple("BR-CO-15", "totals.taxInclusiveAmount"));
        }

        @Test
        void brCo15TotalWithVat() {
            assertTotals(t -> t.taxInclusiveAmount = eur("580.76"))
                    .containsExactly(
                            tuple("BR-CO-15", "totals.taxInclusiveAmount"), tuple("BR-CO-16", "totals.amountDue"));
        }

        @Test
        void brCo16AmountDue() {
            assertTotals(t -> t.amountDue = eur("580.70")).containsExactly(tuple("BR-CO-16", "totals.amountDue"));
        }

        @Test
        void brS09AndBrCo17VatPerGroupIsRoundedOnce() {
            List<Violation> violations =
                    En16931Validator.validate(invoice, totals(invoice, t -> t.vatAmount(0, "88.01")));

            assertRules(violations)
                    .containsExactly(
                            tuple("BR-S-09", "totals.vatBreakdown[0].vatAmount"),
                            tuple("BR-CO-17", "totals.vatBreakdown[0].vatAmount"),
                            tuple("BR-CO-14", "totals.vatTotal"));
            assertThat(violations.get(0).message())
                    .isEqualTo("88.01 EUR is not 440.00 EUR × 20 % rounded half-up, 88.00 EUR");
        }

        @Test
        void brS08TaxableAmountPerRate() {
            assertTotals(t -> t.taxableAmount(1, "50.01"))
                    .containsExactly(tuple("BR-S-08", "totals.vatBreakdown[1].taxableAmount"));
        }

        @Test
        void brS08MissingGroup() {
            assertTotals(t -> t.vatBreakdown.remove(1))
                    .containsExactly(tuple("BR-S-08", "totals.vatBreakdown"), tuple("BR-CO-14", "totals.vatTotal"));
        }

        @Test
        void brCo18AndBrS01EmptyBreakdown() {
            assertTotals(t -> {
                        t.vatBreakdown.clear();
                        t.vatTotal = eur("0.00");
                        t.taxInclusiveAmount = eur("490.00");
                        t.amountDue = eur("490.00");
                    })
                    .containsExactly(
                            tuple("BR-CO-18", "totals.vatBreakdown"),
                            tuple("BR-S-01", "totals.vatBreakdown"),
                            tuple("BR-S-08", "totals.vatBreakdown"),
                            tuple("BR-S-08", "totals.vatBreakdown"));
        }

        @Test
        void brE09ZeroVatInExemptGroup() {
            Invoice exempt = invoice(p -> p.onlyCategory(VatCategory.EXEMPT, true));

            assertRules(En16931Validator.validate(exempt, totals(exempt, t -> t.vatAmount(0, "1.00"))))
                    .containsExactly(
                            tuple("BR-E-09", "totals.vatBreakdown[0].vatAmount"),
                            tuple("BR-CO-17", "totals.vatBreakdown[0].vatAmount"),
                            tuple("BR-CO-14", "totals.vatTotal"));
        }

        @Test
        void lineNetAmountIsQuantityTimesPricePlusChargesMinusAllowances() {
            assertTotals(t -> t.lineNetAmount(0, "450.01"))
                    .containsExactly(
                            tuple(AmountRules.LINE_NET_AMOUNT_RULE, "lines[0].netAmount"),
                            tuple("BR-S-08", "totals.vatBreakdown[0].taxableAmount"),
                            tuple("BR-CO-10", "totals.sumOfLineNetAmounts"));
        }

        @Test
        void brDec12TotalDecimals() {
            assertTotals(t -> t.taxExclusiveAmount = eur("490.001"))
                    .containsExactly(
                            tuple("BR-CO-13", "totals.taxExclusiveAmount"),
                            tuple("BR-CO-15", "totals.taxInclusiveAmount"),
                            tuple("BR-DEC-12", "totals.taxExclusiveAmount"));
        }
    }

    @Nested
    class Payment {
        @Test
        void brCo25DueDateOrPaymentTermsWhenAmountIsDue() {
            List<Violation> violations = En16931Validator.validate(invoice(p -> {
                p.dueDate = null;
                p.paymentTerms = null;
            }));

            assertThat(violations)
                    .containsExactly(new Violation(
                            "BR-CO-25",
                            "dueDate",
                            "the amount due 580.75 EUR is positive, but there is neither a due date (BT-9) nor"
                                    + " payment terms (BT-20)"));
        }

        @Test
        void brCo25PaymentTermsAreEnough() {
            assertRules(p -> p.dueDate = null).isEmpty();
        }

        @Test
        void br61AccountForCreditTransfer() {
            assertRules(p -> p.paymentInstructions = PaymentInstructions.of(PaymentMeansCode.SEPA_CREDIT_TRANSFER))
                    .containsExactly(tuple("BR-61", "paymentInstructions.account"));
            assertRules(p -> p.paymentInstructions = PaymentInstructions.of(PaymentMeansCode.BANK_CARD))
                    .isEmpty();
        }
    }

    @Test
    void rulePrefixFollowsTheRateRule() {
        assertThat(En16931Validator.rulePrefix(VatCategory.INTRA_COMMUNITY)).isEqualTo("BR-IC-");
        assertThat(En16931Validator.rulePrefix(VatCategory.CANARY_ISLANDS)).isEqualTo("BR-AF-");
        assertThat(En16931Validator.rulePrefix(VatCategory.STANDARD)).isEqualTo("BR-S-");
    }
}
