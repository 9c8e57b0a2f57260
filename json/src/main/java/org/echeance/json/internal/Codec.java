package org.echeance.json.internal;

import java.io.IOException;

/**
 * Writes a value as JSON and reads it back from a document tree ({@link Tree}).
 *
 * @param <T> the value type
 */
public interface Codec<T> {
    /**
     * Writes a value, whole (an object, a string…), at the generator's current position.
     *
     * @param value the value
     * @param out where to write
     * @throws IOException if the generator fails
     */
    void write(T value, Out out) throws IOException;

    /**
     * Reads a value from a node of the document tree.
     *
     * @param node the node: a {@link Tree.Obj}, a list, a string, a {@link Tree.Number}, a boolean or {@link Tree#NULL}
     * @param path the node's path, for errors
     * @param options how to read
     * @return the value
     * @throws Problem if the node does not describe a valid value
     */
    T read(Object node, Path path, ReadOptions options);
}
