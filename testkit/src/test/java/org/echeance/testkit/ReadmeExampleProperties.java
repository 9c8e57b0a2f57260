package org.echeance.testkit;

import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.echeance.core.installment.Installment;
import org.echeance.core.installment.InstallmentPlan;
import org.echeance.core.invoice.Invoice;

/** The example of the module's README, kept compiling and passing. */
class ReadmeExampleProperties {

    @Property
    void everyPlanSettlesItsTotalInDateOrder(@ForAll("plans") InstallmentPlan plan) {
        List<MonetaryAmount> amounts =
                plan.installments().stream().map(Installment::amount).toList();
        BillingAssertions.assertConservesMoney(plan.total(), amounts);
        BillingAssertions.assertScheduleOrdered(plan);
    }

    @Property(tries = 100)
    void issuedInvoicesAreValidFrenchInvoices(@ForAll("invoices") Invoice invoice) {
        BillingAssertions.assertValid(invoice, true);
    }

    @Provide
    Arbitrary<InstallmentPlan> plans() {
        return TermsArbitraries.installmentPlans();
    }

    @Provide
    Arbitrary<Invoice> invoices() {
        return InvoiceArbitraries.issuedInvoices();
    }
}
