package org.echeance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a value through its codec. Type information the mapper would add (default typing) is ignored: the shape
 * is Echeance's, with its own {@code type} names where a family needs them.
 *
 * @param <T> the value type
 */
public final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    private final transient Codec<T> codec;

    /**
     * Creates a serializer.
     *
     * @param type the type
     * @param codec its codec
     */
    public CodecSerializer(Class<T> type, Codec<T> codec) {
        super(type);
        this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        codec.write(value, new Out(generator));
    }

    @Override
    public void serializeWithType(
            T value, JsonGenerator generator, SerializerProvider provider, TypeSerializer typeSerializer)
            throws IOException {
        serialize(value, generator, provider);
    }
}
