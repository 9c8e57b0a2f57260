package org.echeance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import java.io.IOException;
import org.echeance.json.EcheanceJsonException;

/**
 * Reads a value through its codec: the document is first read into a tree by {@link Tree}, under Echeance's
 * limits and refusing duplicate keys, whatever the mapper's features; type information the mapper would expect
 * (default typing) is not read.
 *
 * @param <T> the value type
 */
public final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final transient Codec<? extends T> codec;
    private final transient ReadOptions options;

    /**
     * Creates a deserializer.
     *
     * @param type the type
     * @param codec the codec, of the type or of its family
     * @param options how to read
     */
    public CodecDeserializer(Class<T> type, Codec<? extends T> codec, ReadOptions options) {
        super(type);
        this.type = type;
        this.codec = codec;
        this.options = options;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        try {
            Object tree = Tree.read(parser, options.limits());
            Object value = codec.read(tree, Path.ROOT, options);
            if (!type.isInstance(value)) {
                throw Paths.error(
                        "type", "expected a " + type.getSimpleName() + ", the document describes another kind");
            }
            return type.cast(value);
        } catch (Problem e) {
            throw new EcheanceJsonException(e.path(), e.problems(), e.getCause() == null ? e : e.getCause());
        }
    }

    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer type)
            throws IOException {
        return deserialize(parser, context);
    }
}
