package org.echeance.json.internal;

import java.io.IOException;

/**
 * A codec of a value written as a JSON object with a fixed set of properties, in a fixed order.
 *
 * @param <T> the value type
 */
public abstract class ObjectCodec<T> implements Codec<T> {
    /** Creates the codec. */
    protected ObjectCodec() {}

    @Override
    public final void write(T value, Out out) throws IOException {
        out.generator().writeStartObject();
        writeFields(value, out);
        out.generator().writeEndObject();
    }

    @Override
    public final T read(Object node, Path path, ReadOptions options) {
        In in = In.of(node, path, options);
        T value = read(in);
        in.end();
        return value;
    }

    /**
     * Writes the properties of a value, inside its object.
     *
     * @param value the value
     * @param out where to write
     * @throws IOException if the generator fails
     */
    protected abstract void writeFields(T value, Out out) throws IOException;

    /**
     * Reads a value from the properties of its object.
     *
     * @param in the properties
     * @return the value
     */
    protected abstract T read(In in);

    /**
     * Reads the properties of an object already open as {@code in}; for unions, which read their {@code type}
     * first.
     *
     * @param in the properties
     * @return the value
     */
    T readOpen(In in) {
        return read(in);
    }
}
