package org.echeance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import javax.money.CurrencyUnit;
import org.echeance.json.EcheanceJsonException;

/**
 * Currencies as map keys, by ISO 4217 code: {@code {"EUR":{…},"USD":{…}}}, as in the per-currency results of the
 * overdue module ({@code Map<CurrencyUnit, DashboardFigures>}).
 */
public final class CurrencyKeys {
    private CurrencyKeys() {}

    /** Writes a currency key as its code. */
    public static final class Serializer extends StdSerializer<CurrencyUnit> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(CurrencyUnit.class);
        }

        @Override
        public void serialize(CurrencyUnit value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeFieldName(value.getCurrencyCode());
        }
    }

    /** Reads a currency key from its code, refusing anything else with the key as path. */
    public static final class Deserializer extends KeyDeserializer {
        private final ReadOptions options;

        /**
         * Creates the deserializer.
         *
         * @param options how to read
         */
        public Deserializer(ReadOptions options) {
            this.options = options;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            try {
                return Codecs.CURRENCY.read(key, Path.ROOT.field(key), options);
            } catch (Problem e) {
                throw new EcheanceJsonException(e.path(), e.problems(), e.getCause() == null ? e : e.getCause());
            }
        }
    }
}
