package org.echeance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.echeance.core.money.Amounts;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Amounts are plain decimal strings with the currency's scale (peer lesson J1). */
class AmountJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new EcheanceModule());

    private static String json(String value, String currency) throws Exception {
        return MAPPER.writeValueAsString(Money.of(new BigDecimal(value), currency));
    }

    @Test
    void writesTheCurrencysScaleNeverExponentNorStrippedZeros() throws Exception {
        assertThat(json("1E+2", "EUR")).isEqualTo("{\"amount\":\"100.00\",\"currency\":\"EUR\"}");
        assertThat(json("100", "JPY")).isEqualTo("{\"amount\":\"100\",\"currency\":\"JPY\"}");
        assertThat(json("100", "TND")).isEqualTo("{\"amount\":\"100.000\",\"currency\":\"TND\"}");
        assertThat(json("0", "EUR")).isEqualTo("{\"amount\":\"0.00\",\"currency\":\"EUR\"}");
        assertThat(json("-1234.5", "EUR")).isEqualTo("{\"amount\":\"-1234.50\",\"currency\":\"EUR\"}");
        assertThat(json("12345678901234567890.12", "EUR"))
                .isEqualTo("{\"amount\":\"12345678901234567890.12\",\"currency\":\"EUR\"}");
        // a unit price keeps its finer digits
        assertThat(json("14.9917", "EUR")).isEqualTo("{\"amount\":\"14.9917\",\"currency\":\"EUR\"}");
    }

    @Test
    void readsStringsAndNumbers() throws Exception {
        MonetaryAmount fromString =
                MAPPER.readValue("{\"amount\":\"1E+2\",\"currency\":\"EUR\"}", MonetaryAmount.class);
        MonetaryAmount fromNumber = MAPPER.readValue("{\"amount\":1234.5,\"currency\":\"EUR\"}", MonetaryAmount.class);
        assertThat(Amounts.decimal(fromString)).isEqualByComparingTo("100");
        assertThat(Amounts.decimal(fromNumber)).isEqualByComparingTo("1234.50");
        assertThat(fromNumber.getCurrency()).isEqualTo(Monetary.getCurrency("EUR"));
    }
}
