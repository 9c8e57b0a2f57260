package org.echeance.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A codec of a sealed family: each member is an object whose first property {@code type} names its kind from a
 * closed set. Never a Java class name.
 *
 * @param <T> the family's type
 */
public final class Union<T> implements Codec<T> {
    private record Variant<T>(String name, Class<? extends T> type, ObjectCodec<? extends T> codec) {}

    private final String family;
    private final Map<String, Variant<T>> byName = new LinkedHashMap<>();
    private final List<Variant<T>> variants = new ArrayList<>();

    private Union(String family) {
        this.family = family;
    }

    /**
     * Starts a union.
     *
     * @param family the family's name in errors, such as {@code "payment terms"}
     * @param <T> the family's type
     * @return an empty union
     */
    public static <T> Union<T> of(String family) {
        return new Union<>(family);
    }

    /**
     * Adds a member kind.
     *
     * @param name the {@code type} name
     * @param type the member class
     * @param codec its codec (properties other than {@code type})
     * @param <S> the member class
     * @return this union
     */
    public <S extends T> Union<T> with(String name, Class<S> type, ObjectCodec<S> codec) {
        Variant<T> variant = new Variant<>(name, type, codec);
        byName.put(name, variant);
        variants.add(variant);
        return this;
    }

    /**
     * Returns the {@code type} names of the family.
     *
     * @return the names, in declaration order
     */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    @Override
    public void write(T value, Out out) throws IOException {
        for (Variant<T> variant : variants) {
            if (variant.type().isInstance(value)) {
                out.generator().writeStartObject();
                out.text("type", variant.name());
                writeFields(variant, value, out);
                out.generator().writeEndObject();
                return;
            }
        }
        throw new IllegalArgumentException(family + ": no JSON type for " + value);
    }

    @SuppressWarnings("unchecked")
    private static <T, S extends T> void writeFields(Variant<T> variant, T value, Out out) throws IOException {
        ((ObjectCodec<S>) variant.codec()).writeFields((S) value, out);
    }

    @Override
    public T read(Object node, Path path, ReadOptions options) {
        In in = In.of(node, path, options);
        String name = in.text("type");
        Variant<T> variant = byName.get(name);
        if (variant == null) {
            throw Paths.error(
                    path.field("type"),
                    "\"" + In.clip(name) + "\" is not a kind of " + family + "; expected one of " + names());
        }
        T value = variant.codec().readOpen(in);
        in.end();
        return value;
    }
}
