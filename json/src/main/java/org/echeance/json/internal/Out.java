package org.echeance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Writes properties in Echeance's shape, whatever the mapper's features: decimals as plain strings, whole
 * numbers as raw digits, absent optional values left out, arrays always written.
 */
public final class Out {
    private final JsonGenerator generator;

    /**
     * Wraps a generator.
     *
     * @param generator the generator
     */
    public Out(JsonGenerator generator) {
        this.generator = generator;
    }

    /**
     * Returns the generator.
     *
     * @return the generator
     */
    public JsonGenerator generator() {
        return generator;
    }

    /**
     * Writes a string property.
     *
     * @param name the property
     * @param value the string
     * @throws IOException if the generator fails
     */
    public void text(String name, String value) throws IOException {
        generator.writeStringField(name, value);
    }

    /**
     * Writes a string property when present.
     *
     * @param name the property
     * @param value the string, if any
     * @throws IOException if the generator fails
     */
    public void optText(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            text(name, value.get());
        }
    }

    /**
     * Writes a whole number, as raw digits (so that no number feature of the mapper changes it).
     *
     * @param name the property
     * @param value the number
     * @throws IOException if the generator fails
     */
    public void integer(String name, long value) throws IOException {
        generator.writeFieldName(name);
        generator.writeRawValue(Long.toString(value));
    }

    /**
     * Writes a boolean property.
     *
     * @param name the property
     * @param value the boolean
     * @throws IOException if the generator fails
     */
    public void bool(String name, boolean value) throws IOException {
        generator.writeFieldName(name);
        generator.writeRawValue(Boolean.toString(value));
    }

    /**
     * Writes a decimal as a plain string, keeping its scale: {@code "5.5"}, {@code "100.00"}, never {@code 1E+2}.
     *
     * @param name the property
     * @param value the decimal
     * @throws IOException if the generator fails
     */
    public void decimal(String name, BigDecimal value) throws IOException {
        generator.writeStringField(name, value.toPlainString());
    }

    /**
     * Writes a decimal when present.
     *
     * @param name the property
     * @param value the decimal, if any
     * @throws IOException if the generator fails
     */
    public void optDecimal(String name, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            decimal(name, value.get());
        }
    }

    /**
     * Writes an ISO-8601 date.
     *
     * @param name the property
     * @param value the date
     * @throws IOException if the generator fails
     */
    public void date(String name, LocalDate value) throws IOException {
        generator.writeStringField(name, value.toString());
    }

    /**
     * Writes a date when present.
     *
     * @param name the property
     * @param value the date, if any
     * @throws IOException if the generator fails
     */
    public void optDate(String name, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            date(name, value.get());
        }
    }

    /**
     * Writes a value with a codec.
     *
     * @param name the property
     * @param value the value
     * @param codec the codec
     * @param <T> the value type
     * @throws IOException if the generator fails
     */
    public <T> void value(String name, T value, Codec<T> codec) throws IOException {
        generator.writeFieldName(name);
        codec.write(value, this);
    }

    /**
     * Writes a value when present.
     *
     * @param name the property
     * @param value the value, if any
     * @param codec the codec
     * @param <T> the value type
     * @throws IOException if the generator fails
     */
    public <T> void opt(String name, Optional<T> value, Codec<T> codec) throws IOException {
        if (value.isPresent()) {
            value(name, value.get(), codec);
        }
    }

    /**
     * Writes an array of values, even empty.
     *
     * @param name the property
     * @param values the values
     * @param codec the codec of the elements
     * @param <T> the element type
     * @throws IOException if the generator fails
     */
    public <T> void list(String name, List<T> values, Codec<T> codec) throws IOException {
        generator.writeFieldName(name);
        generator.writeStartArray();
        for (T value : values) {
            codec.write(value, this);
        }
        generator.writeEndArray();
    }
}
