package org.echeance.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.echeance.json.internal.Codec;
import org.echeance.json.internal.CodecDeserializer;
import org.echeance.json.internal.CodecSerializer;
import org.echeance.json.internal.CurrencyKeys;
import org.echeance.json.internal.Limits;
import org.echeance.json.internal.ReadOptions;
import org.echeance.json.internal.Registry;

/**
 * The Jackson module that writes and reads Echeance's public value types in their documented, stable JSON shape
 * (see {@code docs/json.md}): customers, parties, invoices (draft and issued) and their parts, payment terms,
 * installment plans, recurrence rules (as RRULE text), payments, ledger entries, statements, events, billing
 * periods, reminders and due-calendar entries, and the overdue module's aging, dashboard, late-customers and
 * monthly-series reports (currencies as map keys by code, as in {@code Map<CurrencyUnit, DashboardFigures>}).
 *
 * <p>Register it with {@code mapper.registerModule(new EcheanceModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through its service file.
 *
 * <p>The shape does not depend on the mapper's features: amounts are {@code {"amount":"1234.50","currency":"EUR"}}
 * with at least the currency's decimals, never in exponent notation; dates are ISO-8601; enums are their codes;
 * sealed families carry a {@code type} from a closed set of names, never a Java class name, and default typing is
 * ignored. Reading refuses unknown properties, duplicate keys, nesting deeper than 32 levels, strings longer than
 * 100,000 characters and decimals of more than 40 digits, each with the path of the offending property in an
 * {@link EcheanceJsonException}. Every value read goes through the domain's own constructors and builders: JSON
 * can never create an invoice the builder would refuse, nor state totals the lines do not give.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EcheanceModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module, refusing unknown properties. */
    public EcheanceModule() {
        this(false);
    }

    private EcheanceModule(boolean ignoreUnknownProperties) {
        super("echeance", new Version(0, 1, 0, "SNAPSHOT", "org.echeance", "echeance-json"));
        ReadOptions options = new ReadOptions(Limits.DEFAULT, ignoreUnknownProperties);
        for (Map.Entry<Class<?>, Codec<?>> entry : Registry.types().entrySet()) {
            register(entry.getKey(), entry.getValue(), options);
        }
        for (Map.Entry<Class<?>, Class<?>> member : Registry.familyMembers().entrySet()) {
            register(member.getKey(), Registry.codec(member.getValue()), options);
        }
        addKeySerializer(CurrencyUnit.class, new CurrencyKeys.Serializer());
        addKeyDeserializer(CurrencyUnit.class, new CurrencyKeys.Deserializer(options));
    }

    /**
     * Returns a module that skips properties it does not know instead of refusing them, for documents written by
     * a newer version; every other rule still applies.
     *
     * @return a lenient module
     */
    public static EcheanceModule ignoringUnknownProperties() {
        return new EcheanceModule(true);
    }

    @SuppressWarnings("unchecked")
    private <T> void register(Class<T> type, Codec<?> codec, ReadOptions options) {
        addSerializer(type, new CodecSerializer<>(type, (Codec<T>) codec));
        addDeserializer(type, new CodecDeserializer<>(type, (Codec<? extends T>) codec, options));
    }
}
