package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.money.MonetaryAmount;
import org.echeance.core.invoice.Invoice;
import org.echeance.core.invoice.InvoicePeriod;
import org.echeance.core.party.Party;
import org.echeance.core.terms.PaymentTerms;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents are refused with a clear message naming the path, by the module whatever the mapper, and
 * earlier still by {@link EcheanceJson#mapper()}'s parser limits.
 */
class HostileJsonTest {
    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new EcheanceModule());
    private static final ObjectMapper SAFE = EcheanceJson.mapper();

    private static String nested(int depth) {
        return "{\"legalName\":\"A\",\"tradingName\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    @Test
    void deepNestingIsRefused() {
        assertThatThrownBy(() -> PLAIN.readValue(nested(200), Party.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessage("tradingName" + "[0]".repeat(31) + ": nesting deeper than 32 levels");
        assertThatThrownBy(() -> SAFE.readValue(nested(100_000), Party.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessageEndingWith(": nesting deeper than 32 levels");
        // Around the module's values, the safe mapper's parser stops the rest of a document.
        assertThatThrownBy(() -> SAFE.readTree("[".repeat(100_000) + "]".repeat(100_000)))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("nesting depth")
                .hasMessageContaining("64");
    }

    @Test
    void aTenMegabyteStringIsRefused() {
        String json = "{\"legalName\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        assertThatThrownBy(() -> PLAIN.readValue(json, Party.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessage("legalName: a string of 10485760 characters is longer than the 100000 allowed");
        assertThatThrownBy(() -> SAFE.readValue(json, Party.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("String value length")
                .hasMessageContaining("1000000");
    }

    @Test
    void aHugeExponentIsRefusedWithoutBeingExpanded() {
        assertThatThrownBy(() -> PLAIN.readValue("{\"amount\":1e1000000,\"currency\":\"EUR\"}", MonetaryAmount.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessage("amount: 1e1000000 is out of range: at most 30 digits before the point, 30 after it and 40"
                        + " in all");
        assertThatThrownBy(
                        () -> PLAIN.readValue("{\"amount\":\"1e-1000000\",\"currency\":\"EUR\"}", MonetaryAmount.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessageStartingWith("amount: 1e-1000000 is out of range");
        assertThatThrownBy(() -> PLAIN.readValue(
                        "{\"amount\":\"" + "9".repeat(5000) + "\",\"currency\":\"EUR\"}", MonetaryAmount.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessageContaining("is not a decimal");
        assertThatThrownBy(() -> PLAIN.readValue("{\"amount\":\"NaN\",\"currency\":\"EUR\"}", MonetaryAmount.class))
                .hasMessage("amount: \"NaN\" is not a decimal such as \"1234.50\"");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> PLAIN.readValue(
                        "{\"amount\":\"1.00\",\"currency\":\"EUR\",\"amount\":\"1000.00\"}", MonetaryAmount.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessage("amount: the property appears twice");
        assertThatThrownBy(() -> SAFE.readValue("{\"amount\":\"1.00\",\"amount\":\"2\"}", MonetaryAmount.class))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'amount'");
    }

    @Test
    void duplicateKeysAreRefusedInLargeObjectsToo() {
        StringBuilder json = new StringBuilder("{\"legalName\":\"A\"");
        for (int i = 0; i < 40; i++) {
            json.append(",\"p").append(i).append("\":").append(i);
        }
        json.append(",\"p17\":0}");
        assertThatThrownBy(() -> PLAIN.readValue(json.toString(), Party.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessage("p17: the property appears twice");
    }

    @Test
    void anUnknownPropertyIsRefusedWhenAnOptionalOneIsAbsent() {
        // as many properties as the period asks for, one of them unknown
        assertThatThrownBy(
                        () -> PLAIN.readValue("{\"startDate\":\"2026-01-01\",\"colour\":\"red\"}", InvoicePeriod.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessage("colour: unknown property");
    }

    @Test
    void unknownTypeNamesAreRefusedWithTheClosedSet() {
        assertThatThrownBy(() -> PLAIN.readValue("{\"type\":\"java.lang.Runtime\"}", PaymentTerms.class))
                .isInstanceOf(EcheanceJsonException.class)
                .hasMessage("type: \"java.lang.Runtime\" is not a kind of payment terms; expected one of [net-days,"
                        + " end-of-month, fixed-day-of-next-month, on-receipt, cash-on-delivery, prepayment,"
                        + " installments]");
        assertThatThrownBy(() -> PLAIN.readValue("{\"days\":30}", PaymentTerms.class))
                .hasMessage("type: the property is missing");
    }

    @Test
    void aWrongTypeForAPropertyIsNamed() {
        assertThatThrownBy(() -> PLAIN.readValue("{\"type\":\"net-days\",\"days\":\"30\"}", PaymentTerms.class))
                .hasMessage("days: expected a whole number of at most 9 digits, found the string \"30\"");
        assertThatThrownBy(() -> PLAIN.readValue("[]", Invoice.class))
                .hasMessage("(document): expected an object, found an array");
    }

    @Test
    void hostileDocumentsAreRefusedQuickly() throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            try {
                PLAIN.readValue(nested(10_000), Party.class);
            } catch (JsonProcessingException expected) {
                // refused, as the other tests show
            }
            try {
                PLAIN.readValue("{\"amount\":1e1000000,\"currency\":\"EUR\"}", MonetaryAmount.class);
            } catch (JsonProcessingException expected) {
                // refused
            }
        }
        // Not a timing test of our speed: a guard that nothing expands the exponent or walks the whole nesting.
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }
}
