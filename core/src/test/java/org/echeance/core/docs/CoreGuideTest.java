package org.echeance.core.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.customer.Customer;
import org.echeance.core.customer.CustomerCategory;
import org.echeance.core.event.EventPublisher;
import org.echeance.core.event.InvoiceEvent;
import org.echeance.core.identifier.Bic;
import org.echeance.core.identifier.Iban;
import org.echeance.core.identifier.IdentifierCheck;
import org.echeance.core.identifier.IdentifierType;
import org.echeance.core.identifier.Identifiers;
import org.echeance.core.identifier.InvalidIdentifierException;
import org.echeance.core.identifier.RfCreditorReference;
import org.echeance.core.identifier.Siren;
import org.echeance.core.installment.CashRounding;
import org.echeance.core.installment.Deposit;
import org.echeance.core.installment.DueDates;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.installment.PlanShape;
import org.echeance.core.invoice.AllowanceCharge;
import org.echeance.core.invoice.DocumentType;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoiceLine;
import org.echeance.core.invoice.InvoiceReference;
import org.echeance.core.invoice.InvoiceStateException;
import org.echeance.core.invoice.InvoiceStatus;
import org.echeance.core.invoice.InvoiceTotals;
import org.echeance.core.invoice.Price;
import org.echeance.core.invoice.PriceEntry;
import org.echeance.core.invoice.UnitCode;
import org.echeance.core.invoice.VatBreakdown;
import org.echeance.core.invoice.VatCategory;
import org.echeance.core.invoice.VatRate;
import org.echeance.core.ledger.AccountUpdate;
import org.echeance.core.ledger.AllocationStrategy;
import org.echeance.core.ledger.CustomerAccount;
import org.echeance.core.ledger.CustomerStatement;
import org.echeance.core.ledger.OpenItem;
import org.echeance.core.ledger.PaymentOutcome;
import org.echeance.core.money.Amounts;
import org.echeance.core.money.CurrencyMismatchException;
import org.echeance.core.numbering.NumberingStrategy;
import org.echeance.core.party.Contact;
import org.echeance.core.party.ElectronicAddress;
import org.echeance.core.party.Party;
import org.echeance.core.party.PartyIdentifier;
import org.echeance.core.party.PostalAddress;
import org.echeance.core.payment.Cash;
import org.echeance.core.payment.Cheque;
import org.echeance.core.payment.Payment;
import org.echeance.core.payment.PaymentInstructions;
import org.echeance.core.payment.PaymentMeansCode;
import org.echeance.core.payment.SepaDirectDebit;
import org.echeance.core.payment.SequenceType;
import org.echeance.core.recurrence.ExpansionMode;
import org.echeance.core.recurrence.RecurrenceRule;
import org.echeance.core.repository.InMemoryInvoiceRepository;
import org.echeance.core.repository.InvoiceQuery;
import org.echeance.core.repository.InvoiceRecord;
import org.echeance.core.repository.InvoiceRepository;
import org.echeance.core.repository.Page;
import org.echeance.core.terms.EarlyPaymentDiscount;
import org.echeance.core.terms.EndOfMonth;
import org.echeance.core.terms.FixedDayOfNextMonth;
import org.echeance.core.terms.FrenchPaymentTermsCap;
import org.echeance.core.terms.InstallmentTerms;
import org.echeance.core.terms.LatePaymentTerms;
import org.echeance.core.terms.PaymentTerms;
import org.echeance.core.validation.En16931Validator;
import org.echeance.core.validation.FrenchProfile;
import org.echeance.core.validation.InvoiceValidationException;
import org.echeance.core.validation.Violation;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The code of {@code docs/core.md}, section by section: every snippet of the guide runs here and every value the
 * guide states is asserted. Only the public API is used (this package is outside the module's own packages).
 */
class CoreGuideTest {
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final VatRate S20 = VatRate.standard("20");
    private static final VatRate S5_5 = VatRate.standard("5.5");

    private static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), EUR);
    }

    private static String plain(MonetaryAmount amount) {
        return Amounts.toPlainString(amount);
    }

    // ---- Parties and customers

    static Party seller() {
        return Party.builder("Atelier Durand SARL")
                .legalRegistration(PartyIdentifier.of(Siren.parse("812345676"))) // BT-30, scheme 0002
                .vatNumber("FR19812345676") // BT-31, key checked
                .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                .electronicAddress(ElectronicAddress.of("0225", "812345676")) // BT-34, routing of e-invoices
                .contact(Contact.of("Service facturation", "facturation@atelier-durand.fr", "04 78 00 00 00"))
                .build();
    }

    static Party buyer() {
        return Party.builder("Boulangerie Martin SAS")
                .legalRegistration(PartyIdentifier.of(Siren.parse("552100554")))
                .vatNumber("FR96552100554")
                .address(PostalAddress.of("3 place Grandclément", "69100", "Villeurbanne", "FR"))
                .electronicAddress(ElectronicAddress.of("0225", "552100554"))
                .build();
    }

    static Customer customer() {
        return Customer.builder("C-0042", buyer())
                .category(CustomerCategory.of("PME"))
                .language(Locale.FRANCE)
                .currency(EUR)
                .paymentTerms(PaymentTerms.net(30))
                .defaultPaymentMeans(PaymentMeansCode.SEPA_CREDIT_TRANSFER)
                .build();
    }

    @Test
    void partiesAndCustomers() {
        Party seller = seller();
        Customer customer = customer();

        assertThat(seller.siren().orElseThrow().toString()).isEqualTo("812345676");
        assertThat(seller.contact().orElseThrow().phone().orElseThrow().toString())
                .isEqualTo("+33478000000");
        assertThat(customer.paymentTerms().describe(Locale.FRANCE)).isEqualTo("30 jours net");
        // defaults of a customer built with nothing else: French, euro, 30 days net
        Customer plain = Customer.builder(
                        "C-0043", Party.builder("Marie Durand").build())
                .build();
        assertThat(plain.language()).isEqualTo(Locale.FRANCE);
        assertThat(plain.currency()).isEqualTo(EUR);
        assertThat(plain.paymentTerms()).isEqualTo(PaymentTerms.net(30));
    }

    // ---- Identifiers

    @Test
    void identifiers() {
        IdentifierCheck siren = Siren.check("552 100 554");
        assertThat(siren.valid()).isTrue();
        assertThat(siren.normalized()).contains("552100554");

        IdentifierCheck wrong = Siren.check("552100555");
        assertThat(wrong.valid()).isFalse();
        assertThat(wrong.reason()).contains("fails the Luhn check (Luhn)");

        // free text: recognise the type by its shape, then check it
        IdentifierCheck iban =
                Identifiers.check("FR76 3000 6000 0112 3456 7890 189").orElseThrow();
        assertThat(iban.type()).isEqualTo(IdentifierType.IBAN);
        assertThat(iban.normalized()).contains("FR7630006000011234567890189");
        assertThat(Identifiers.check("hello")).isEmpty();

        // parse when the value must be valid: a typed exception names the type, the value and the rule
        assertThatThrownBy(() -> Iban.parse("FR76 3000 6000 0112 3456 7890 188"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("IBAN \"FR76 3000 6000 0112 3456 7890 188\": check digits do not match (ISO 13616 mod-97)");
    }

    // ---- Building an invoice

    static Invoice.Builder draft() {
        return Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(seller())
                .buyer(buyer())
                .purchaseOrderReference("BC-2026-118") // BT-13, a French mention when the buyer gave one
                .line(InvoiceLine.builder("1", "Conseil en facturation électronique")
                        .quantity("3", UnitCode.DAY)
                        .unitPrice(eur("450.00"))
                        .vatRate(S20)
                        .build())
                .line(InvoiceLine.builder("2", "Flyers A5")
                        .quantity("250", UnitCode.PIECE)
                        .price(Price.of(eur("12.50")).withBaseQuantity(new BigDecimal("100"))) // 12.50 per 100
                        .vatRate(S20)
                        .build())
                .line(InvoiceLine.builder("3", "Guide de la facture électronique")
                        .quantity("2", UnitCode.PIECE)
                        .unitPrice(eur("24.90"))
                        .vatRate(S5_5)
                        .allowanceCharge(AllowanceCharge.allowanceOf(new BigDecimal("10"), eur("49.80"))
                                .withReason("95", "Remise quantité"))
                        .build())
                .allowanceCharge(AllowanceCharge.allowance(eur("50.00"))
                        .withReason("95", "Remise fidélité")
                        .withVatRate(S20))
                .allowanceCharge(AllowanceCharge.charge(eur("9.90"))
                        .withReason("Frais de port")
                        .withVatRate(S20))
                .paymentInstructions(PaymentInstructions.sepaCreditTransfer(
                        Iban.parse("FR7630006000011234567890189"), Bic.parse("AGRIFRPP"), "C-0042"))
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(new BigDecimal("2.15")),
                        EarlyPaymentDiscount.none(),
                        Locale.FRANCE);
    }

    @Test
    void buildingAnInvoiceAndItsTotals() {
        Invoice draft = draft().build();
        InvoiceTotals t = draft.totals();

        assertThat(t.lines()).extracting(l -> plain(l.netAmount())).containsExactly("1350.00", "31.25", "44.82");
        assertThat(plain(t.sumOfLineNetAmounts())).isEqualTo("1426.07"); // BT-106
        assertThat(plain(t.allowanceTotal())).isEqualTo("50.00"); // BT-107
        assertThat(plain(t.chargeTotal())).isEqualTo("9.90"); // BT-108
        assertThat(plain(t.taxExclusiveAmount())).isEqualTo("1385.97"); // BT-109
        assertThat(t.vatBreakdown())
                .extracting(b -> b.vatRate() + ": " + plain(b.taxableAmount()) + " -> " + plain(b.vatAmount()))
                .containsExactly("S 20 %: 1341.15 -> 268.23", "S 5.5 %: 44.82 -> 2.47");
        assertThat(plain(t.vatTotal())).isEqualTo("270.70"); // BT-110
        assertThat(plain(t.taxInclusiveAmount())).isEqualTo("1656.67"); // BT-112
        assertThat(plain(t.amountDue())).isEqualTo("1656.67"); // BT-115
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.notes()).extracting(n -> n.subjectCode().orElseThrow()).containsExactly("PMD", "PMT", "AAB");
        // unit prices keep their scale; only amounts are rounded
        assertThat(plain(draft.lines().get(1).price().netPrice())).isEqualTo("12.50");
    }

    @Test
    void vatExemption() {
        Invoice franchise = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .seller(seller())
                .buyer(buyer())
                .line(InvoiceLine.builder("1", "Cours de dessin")
                        .quantity("10", UnitCode.HOUR)
                        .unitPrice(eur("35.00"))
                        .vatRate(VatRate.zero(VatCategory.EXEMPT))
                        .exemption("VATEX-FR-FRANCHISE", "TVA non applicable, art. 293 B du CGI")
                        .build())
                .build();

        VatBreakdown group = franchise.totals().vatBreakdown().get(0);
        assertThat(group.vatRate().category().code()).isEqualTo("E");
        assertThat(group.exemptionReason()).contains("TVA non applicable, art. 293 B du CGI");
        assertThat(group.exemptionReasonCode()).contains("VATEX-FR-FRANCHISE");
        assertThat(plain(franchise.totals().amountDue())).isEqualTo("350.00");
    }

    @Test
    void vatInclusivePrices() {
        Invoice receipt = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                .priceEntry(PriceEntry.VAT_INCLUSIVE)
                .seller(seller())
                .buyer(Party.builder("Client comptoir").build())
                .line(InvoiceLine.builder("1", "Tarte aux pommes")
                        .quantity("1", UnitCode.PIECE)
                        .unitPrice(eur("9.99")) // VAT included
                        .vatRate(S20)
                        .build())
                .build();
        InvoiceTotals t = receipt.totals();

        assertThat(plain(t.taxExclusiveAmount())).isEqualTo("8.33"); // round(9.99 / 1.2)
        assertThat(plain(t.vatTotal())).isEqualTo("1.67"); // round(8.33 × 20 %)
        assertThat(plain(t.taxInclusiveAmount())).isEqualTo("10.00");
        assertThat(plain(t.roundingAmount())).isEqualTo("-0.01"); // BT-114
        assertThat(plain(t.amountDue())).isEqualTo("9.99");
        assertThat(plain(t.lines().get(0).netPrice())).isEqualTo("8.325");
    }

    // ---- Validation

    @Test
    void validation() {
        Invoice draft = draft().build();

        // every EN 16931 rule the draft breaks, at once: a draft lacks its number, issue date and due date
        List<Violation> violations = En16931Validator.validate(draft);
        assertThat(violations).extracting(Violation::ruleId).containsExactly("BR-02", "BR-03", "BR-CO-25");

        // issuing checks the same rules (but BR-02) and refuses the draft
        assertThatThrownBy(() -> draft.issue("FA-2026-00001", MARCH_2))
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId)
                                .containsExactly("BR-CO-25"));
    }

    @Test
    void validationOfAnIssuedInvoiceAndTheFrenchProfile() {
        Invoice issued = draft().dueDate(MARCH_2.plusDays(30)).build().issue("FA-2026-00001", MARCH_2);

        assertThat(En16931Validator.validate(issued)).isEmpty();
        assertThat(FrenchProfile.validateAll(issued)).isEmpty();

        // "45 jours fin de mois": 2 March + end of month + 45 days = 15 May, 74 days later
        Invoice endOfMonth = draft().dueDate(EndOfMonth.thenDays(45).dueDate(MARCH_2))
                .build()
                .issue("FA-2026-00002", MARCH_2);
        List<Violation> violations = FrenchProfile.validate(endOfMonth);
        assertThat(violations).extracting(Violation::ruleId).containsExactly("FR-L441-10");
        assertThat(violations.get(0).path()).isEqualTo("dueDate");
        // allowed when the contract expressly says "45 jours fin de mois" (L441-10 I)
        FrenchProfile.Options agreed = FrenchProfile.Options.defaults().withEndOfMonthAgreed();
        assertThat(FrenchProfile.validate(endOfMonth, agreed)).isEmpty();
        // a consumer: no 40 EUR indemnity, no buyer SIREN or electronic address
        assertThat(FrenchProfile.Options.defaults().withB2b(false).isB2b(issued))
                .isFalse();
        assertThat(FrenchProfile.Options.defaults().withMaxPaymentDays(90).maxPaymentDays())
                .isEqualTo(90);
    }

    // ---- Lifecycle

    @Test
    void lifecycle() {
        // a NumberingStrategy gives the number when the draft is issued; the numbering module has real ones
        AtomicInteger counter = new AtomicInteger();
        NumberingStrategy numbering = request ->
                "FA-" + request.issueDate().getYear() + "-" + String.format("%05d", counter.incrementAndGet());

        Invoice draft = draft().build();
        Invoice issued = draft.issue(numbering, MARCH_2, customer());

        assertThat(issued.number()).contains("FA-2026-00001");
        assertThat(issued.issueDate()).contains(MARCH_2);
        assertThat(issued.dueDate()).contains(LocalDate.of(2026, 4, 1)); // the customer's 30 days net
        assertThat(draft.isDraft()).isTrue(); // the draft is unchanged
        assertThatThrownBy(() -> issued.issue(numbering, MARCH_2, customer()))
                .isInstanceOfSatisfying(
                        InvoiceStateException.class, e -> assertThat(e.ruleId()).isEqualTo("ECH-LIFE-01"));

        // a draft that breaks a rule is refused before a number is taken
        Invoice noSellerVat = draft().seller(Party.builder("Atelier Durand SARL")
                        .address(PostalAddress.of("14 rue de la République", "69002", "Lyon", "FR"))
                        .build())
                .build();
        assertThatThrownBy(() -> noSellerVat.issue(numbering, MARCH_2, customer()))
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.hasRule("BR-S-02")).isTrue());
        assertThat(counter.get()).isEqualTo(1); // no number burnt

        // statuses come from the ledger
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR)
                .charge(issued)
                .account();
        assertThat(account.statusOf("FA-2026-00001")).isEqualTo(InvoiceStatus.ISSUED);

        // a credit note references the invoice it corrects (BG-3) and carries positive amounts
        Invoice creditNote = Invoice.builder(DocumentType.CREDIT_NOTE, EUR)
                .seller(seller())
                .buyer(buyer())
                .precedingInvoice(InvoiceReference.of("FA-2026-00001", MARCH_2))
                .line(InvoiceLine.builder("1", "Geste commercial")
                        .quantity("1", UnitCode.ONE)
                        .unitPrice(eur("100.00"))
                        .vatRate(S20)
                        .build())
                .paymentNotes(
                        LatePaymentTerms.frenchDefault(new BigDecimal("2.15")),
                        EarlyPaymentDiscount.none(),
                        Locale.FRANCE)
                .build()
                .issue(request -> "AV-2026-00001", LocalDate.of(2026, 3, 10), customer());
        assertThat(FrenchProfile.validateAll(creditNote)).isEmpty();

        AccountUpdate credited = account.credit(creditNote);
        assertThat(plain(credited.account().openAmount("FA-2026-00001"))).isEqualTo("1536.67");
        assertThat(credited.account().statusOf("FA-2026-00001")).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(plain(credited.account().creditableAmount("FA-2026-00001"))).isEqualTo("1536.67");
    }

    // ---- Payment terms

    @Test
    void paymentTerms() {
        LocalDate issued = LocalDate.of(2026, 1, 15);

        assertThat(PaymentTerms.net(30).dueDate(issued)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(EndOfMonth.ofIssueMonth().dueDate(issued)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(new FixedDayOfNextMonth(10).dueDate(issued)).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(PaymentTerms.onReceipt().dueDate(issued)).isEqualTo(issued);
        assertThat(PaymentTerms.cashOnDelivery().dueDate(issued, Optional.of(LocalDate.of(2026, 1, 20))))
                .isEqualTo(LocalDate.of(2026, 1, 20));
        assertThat(InstallmentTerms.of(PlanShape.equalParts(2), 0, 30).dueDates(issued))
                .containsExactly(issued, LocalDate.of(2026, 2, 14));
        // "45 jours fin de mois", both readings
        EndOfMonth thenDays = EndOfMonth.thenDays(45); // end of January, then 45 days
        EndOfMonth afterDays = EndOfMonth.afterDays(45); // 45 days, then end of that month
        assertThat(thenDays.dueDate(issued)).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(afterDays.dueDate(issued)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(thenDays.describe(Locale.FRANCE)).isEqualTo("45 jours fin de mois");
        assertThat(afterDays.describe(Locale.FRANCE)).isEqualTo("45 jours date de facture, puis fin de mois");

        // the L441-10 I cap: 60 days from the issue date, or 45 days end of month (the later reading)
        assertThat(FrenchPaymentTermsCap.latestDueDate(PaymentTerms.net(30), issued))
                .isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(FrenchPaymentTermsCap.latestDueDate(thenDays, issued)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(FrenchPaymentTermsCap.check(PaymentTerms.net(60), issued)).isEmpty();
        assertThat(FrenchPaymentTermsCap.check(PaymentTerms.net(61), issued))
                .extracting(Violation::ruleId)
                .containsExactly("FR-L441-10");

        // what is printed beside the terms
        EarlyPaymentDiscount discount = EarlyPaymentDiscount.of(new BigDecimal("2"), 10);
        assertThat(plain(discount.discountedAmount(eur("1200.00")))).isEqualTo("1176.00");
        assertThat(EarlyPaymentDiscount.none().describe(Locale.FRANCE))
                .isEqualTo("Pas d'escompte pour paiement anticipé");
        LatePaymentTerms late = LatePaymentTerms.frenchDefault(new BigDecimal("2.15")); // ECB rate + 10 points
        assertThat(late.annualRatePercent()).isEqualByComparingTo("12.15");
        assertThat(late.recoveryIndemnityMention(Locale.FRANCE))
                .contains("Indemnité forfaitaire pour frais de recouvrement : 40 EUR");
        assertThat(LatePaymentTerms.ofConsumer(new BigDecimal("12.15")).recoveryIndemnityMention(Locale.FRANCE))
                .isEmpty();
    }

    // ---- Installment plans

    @Test
    void installmentPlans() {
        InstallmentPlan thirds =
                InstallmentPlan.equalParts(eur("1000.00"), 3, DueDates.monthly(LocalDate.of(2028, 1, 31)));
        assertThat(thirds.installments())
                .extracting(i -> i.dueDate() + " " + plain(i.amount()))
                .containsExactly("2028-01-31 333.34", "2028-02-29 333.33", "2028-03-31 333.33");

        // an invoice's amount due: a 30 % deposit on the issue date, the balance 30 days later, VAT shared out
        Invoice issued = draft().dueDate(MARCH_2.plusDays(30)).build().issue("FA-2026-00001", MARCH_2);
        InstallmentPlan plan = InstallmentPlan.forInvoice(
                issued,
                PlanShape.depositAndBalance(Deposit.ofPercent("30")),
                DueDates.afterIssue(MARCH_2, List.of(0, 30)));
        assertThat(plan.installments())
                .extracting(i -> i.dueDate() + " " + plain(i.amount()))
                .containsExactly("2026-03-02 497.00", "2026-04-01 1159.67");
        Installment deposit = plan.installment(1);
        assertThat(deposit.vatShares()).hasSize(2);
        assertThat(plain(plan.amountDueAsOf(LocalDate.of(2026, 3, 15)))).isEqualTo("497.00");

        // cash rounding to 0.05 CHF: the last installment takes the difference
        InstallmentPlan chf = InstallmentPlan.equalParts(
                        Money.of(new BigDecimal("868.35"), "CHF"), 4, DueDates.monthly(LocalDate.of(2026, 1, 31)))
                .withCashRounding(CashRounding.swissFrancs());
        assertThat(chf.installments())
                .extracting(i -> plain(i.amount()))
                .containsExactly("217.10", "217.10", "217.10", "217.05");
    }

    // ---- Payments and the customer ledger

    @Test
    void paymentsAndTheLedger() {
        Invoice issued = draft().dueDate(MARCH_2.plusDays(30)).build().issue("FA-2026-00001", MARCH_2);
        InstallmentPlan plan = InstallmentPlan.forInvoice(
                issued,
                PlanShape.depositAndBalance(Deposit.ofPercent("30")),
                DueDates.afterIssue(MARCH_2, List.of(0, 30)));

        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR);
        AccountUpdate charged = account.charge(issued, plan);
        account = charged.account();
        assertThat(charged.events()).extracting(InvoiceEvent::eventId).containsExactly("issued:FA-2026-00001");

        // the deposit, by transfer quoting the RF reference of the invoice
        Payment transfer = Payment.bankTransfer(
                "BQ-2026-03-04-0017", LocalDate.of(2026, 3, 4), eur("497.00"), RfCreditorReference.of("FA-2026-00001"));
        PaymentOutcome outcome = account.recordPayment(transfer);
        account = outcome.account();
        assertThat(account.statusOf("FA-2026-00001")).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(plain(account.amountDueAsOf(LocalDate.of(2026, 3, 15)))).isEqualTo("0.00");
        assertThat(plain(account.openBalance())).isEqualTo("1159.67");
        // the same report delivered twice is recorded once
        assertThat(account.recordPayment(transfer).replayed()).isTrue();

        // the balance by SEPA direct debit, which bounces
        Payment debit = Payment.of(
                "DD-2026-04-01-C0042",
                LocalDate.of(2026, 4, 1),
                eur("1159.67"),
                SepaDirectDebit.of("MANDAT-C0042-01", "FR72ZZZ123456", SequenceType.RCUR));
        account = account.recordPayment(debit).account();
        assertThat(account.statusOf("FA-2026-00001")).isEqualTo(InvoiceStatus.PAID);
        account = account.reversePayment("DD-2026-04-01-C0042", LocalDate.of(2026, 4, 6), "AM04")
                .account();
        assertThat(account.statusOf("FA-2026-00001")).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(account.isOverdue("FA-2026-00001", LocalDate.of(2026, 4, 6))).isTrue();

        // an overpayment becomes customer credit, never a negative invoice
        PaymentOutcome cheque = account.recordPayment(
                Payment.of("CHQ-0001234", LocalDate.of(2026, 4, 20), eur("1200.00"), Cheque.of("0001234")));
        account = cheque.account();
        assertThat(plain(cheque.addedCredit())).isEqualTo("40.33");
        assertThat(plain(account.balance())).isEqualTo("-40.33");
        account =
                account.refund("RB-1", LocalDate.of(2026, 4, 25), eur("40.33")).account();
        assertThat(plain(account.balance())).isEqualTo("0.00");

        CustomerStatement statement =
                account.statement(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 4, 30));
        assertThat(statement.lines())
                .extracting(l -> l.kind() + " " + l.reference() + " " + plain(l.debit()) + " " + plain(l.credit()) + " "
                        + plain(l.balance()))
                .containsExactly(
                        "INVOICE FA-2026-00001 1656.67 0.00 1656.67",
                        "PAYMENT BQ-2026-03-04-0017 0.00 497.00 1159.67",
                        "PAYMENT DD-2026-04-01-C0042 0.00 1159.67 0.00",
                        "PAYMENT_REVERSAL DD-2026-04-01-C0042 1159.67 0.00 1159.67",
                        "PAYMENT CHQ-0001234 0.00 1200.00 -40.33",
                        "REFUND RB-1 40.33 0.00 0.00");
        assertThat(plain(statement.closingBalance())).isEqualTo("0.00");
    }

    @Test
    void allocationStrategies() {
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR);
        for (String[] invoice : new String[][] {{"F1", "100.00", "2026-01-31"}, {"F2", "200.00", "2026-02-28"}}) {
            Invoice issued = Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                    .seller(seller())
                    .buyer(buyer())
                    .line(InvoiceLine.builder("1", "Maintenance")
                            .quantity("1", UnitCode.ONE)
                            .unitPrice(eur(invoice[1]))
                            .vatRate(S20)
                            .build())
                    .dueDate(LocalDate.parse(invoice[2]))
                    .build()
                    .issue(invoice[0], LocalDate.of(2026, 1, 1));
            account = account.charge(issued).account();
        }
        Payment payment = Payment.of("P1", LocalDate.of(2026, 3, 1), eur("150.00"), new Cash());

        assertThat(account.recordPayment(payment).allocations()) // oldest due first, the default
                .extracting(a -> a.invoiceNumber() + " " + plain(a.amount()))
                .containsExactly("F1 120.00", "F2 30.00");
        assertThat(account.recordPayment(payment, AllocationStrategy.remittance("F2"))
                        .allocations())
                .extracting(a -> a.invoiceNumber() + " " + plain(a.amount()))
                .containsExactly("F2 150.00");
        PaymentOutcome explicit =
                account.recordPayment(payment, AllocationStrategy.explicit(Map.of("F2", eur("120.00"))));
        assertThat(explicit.allocations())
                .extracting(a -> a.invoiceNumber() + " " + plain(a.amount()))
                .containsExactly("F2 120.00");
        assertThat(plain(explicit.addedCredit())).isEqualTo("30.00");
        assertThat(account.openItems()).extracting(OpenItem::invoiceNumber).containsExactly("F1", "F2");
    }

    // ---- Events

    @Test
    void events() {
        Invoice issued = draft().dueDate(MARCH_2.plusDays(30)).build().issue("FA-2026-00001", MARCH_2);
        List<String> outbox = new ArrayList<>();
        EventPublisher publisher = new EventPublisher();
        publisher.register(event -> outbox.add(event.eventId()));

        AccountUpdate update =
                CustomerAccount.open("atelier-durand", "C-0042", EUR).charge(issued);
        publisher.publish(update.events());
        PaymentOutcome paid = update.account()
                .recordPayment(Payment.of("psp_3NkQ", LocalDate.of(2026, 3, 20), eur("1656.67"), new Cash()));
        publisher.publish(paid.events());
        // time events: due on 1 April, overdue on 2 April when unpaid
        List<InvoiceEvent> timeEvents = update.account().eventsOn(LocalDate.of(2026, 4, 2));

        assertThat(outbox)
                .containsExactly(
                        "issued:FA-2026-00001", "applied:psp_3NkQ:FA-2026-00001", "paid:FA-2026-00001:psp_3NkQ");
        assertThat(timeEvents).extracting(InvoiceEvent::eventId).containsExactly("overdue:FA-2026-00001:1");
    }

    // ---- Repository and queries

    @Test
    void repositoryAndQueries() {
        Invoice issued = draft().dueDate(MARCH_2.plusDays(30)).build().issue("FA-2026-00001", MARCH_2);
        InvoiceRepository repository = InMemoryInvoiceRepository.create();
        repository.save(InvoiceRecord.ofIssued("atelier-durand", "C-0042", issued));

        // after each ledger transition, save the new state snapshot; the document never changes
        CustomerAccount account = CustomerAccount.open("atelier-durand", "C-0042", EUR)
                .charge(issued)
                .account()
                .recordPayment(Payment.of("P1", LocalDate.of(2026, 3, 20), eur("500.00"), new Cash()))
                .account();
        InvoiceRecord stored =
                repository.find("atelier-durand", "FA-2026-00001").orElseThrow();
        repository.save(stored.withState(
                account.statusOf("FA-2026-00001"),
                account.openAmount("FA-2026-00001"),
                account.openItems().stream().map(OpenItem::dueDate).findFirst()));

        Page<InvoiceRecord> late = repository.search(
                "atelier-durand",
                InvoiceQuery.builder()
                        .status(InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID)
                        .overdueAsOf(LocalDate.of(2026, 4, 15))
                        .textContains("facture electronique") // accents and case ignored
                        .sortBy(InvoiceQuery.SortKey.DUE_DATE)
                        .page(0, 20)
                        .build());
        assertThat(late.items()).extracting(InvoiceRecord::id).containsExactly("FA-2026-00001");
        assertThat(plain(late.items().get(0).openAmount())).isEqualTo("1156.67");
        assertThat(late.totalItems()).isEqualTo(1);
        // another seller sees nothing
        assertThat(repository.count("another-seller", InvoiceQuery.all())).isZero();
    }

    // ---- Recurrence rules (the value; scheduling expands it for subscriptions)

    @Test
    void recurrenceRules() {
        RecurrenceRule monthly = RecurrenceRule.parse("FREQ=MONTHLY");
        LocalDate start = LocalDate.of(2025, 1, 31);
        assertThat(monthly.first(start, 3).toString()).isEqualTo("[2025-01-31, 2025-03-31, 2025-05-31]");
        assertThat(monthly.first(start, 3, ExpansionMode.BILLING).toString())
                .isEqualTo("[2025-01-31, 2025-02-28, 2025-03-31]");
    }

    // ---- Pitfalls

    @Test
    void pitfalls() {
        MonetaryAmount total = Money.of(new BigDecimal("2880.00"), "EUR");
        assertThat(total.toString()).isEqualTo("EUR 2880");
        assertThat(Amounts.toPlainString(total)).isEqualTo("2880.00");
        assertThat(total.isEqualTo(Money.of(2880, "EUR"))).isTrue();
        assertThat(Amounts.toPlainString(Money.of(100, "JPY"))).isEqualTo("100");
        assertThat(Amounts.round(new BigDecimal("0.025"), EUR)).isEqualByComparingTo("0.03");

        // currencies are never mixed
        assertThatThrownBy(() -> Invoice.builder(DocumentType.COMMERCIAL_INVOICE, EUR)
                        .seller(seller())
                        .buyer(buyer())
                        .line(InvoiceLine.builder("1", "Licence")
                                .quantity("1", UnitCode.ONE)
                                .unitPrice(Money.of(100, "USD"))
                                .vatRate(S20)
                                .build())
                        .build())
                .isInstanceOfSatisfying(
                        InvoiceValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::toString)
                                .containsExactly(
                                        "lines[0].price.netPrice: currency USD does not match the invoice currency EUR"
                                                + " (ECH-CUR-01)"));
        Invoice issued = draft().dueDate(MARCH_2.plusDays(30)).build().issue("FA-2026-00001", MARCH_2);
        CustomerAccount dollars = CustomerAccount.open("atelier-durand", "C-0042", Monetary.getCurrency("USD"));
        assertThatThrownBy(() -> dollars.charge(issued)).isInstanceOf(CurrencyMismatchException.class);
        assertThat(Optional.of(issued).map(Invoice::currency)).contains(EUR);
    }
}
