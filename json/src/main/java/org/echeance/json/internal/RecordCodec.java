package org.echeance.json.internal;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * A codec of a record written as an object with one property per component, in declaration order: each
 * component through the codec {@link Registry} gives for its type ({@code Optional} components left out when
 * empty, {@code List} components as arrays). Reading calls the canonical constructor, so the record's own checks
 * apply.
 *
 * @param <T> the record type
 */
public class RecordCodec<T extends Record> extends ObjectCodec<T> {
    private enum Shape {
        PLAIN,
        OPTIONAL,
        LIST
    }

    /** A component, with its codec and accessor looked up once. */
    private record Component(String name, Shape shape, Codec<Object> codec, java.lang.reflect.Method accessor) {}

    private final Class<T> type;
    private volatile List<Component> components;
    private volatile Constructor<T> constructor;

    /**
     * Creates the codec of a record class.
     *
     * @param type the record class
     */
    public RecordCodec(Class<T> type) {
        this.type = type;
    }

    private List<Component> components() {
        List<Component> result = components;
        if (result == null) {
            RecordComponent[] declared = type.getRecordComponents();
            Class<?>[] types = new Class<?>[declared.length];
            Component[] list = new Component[declared.length];
            for (int i = 0; i < declared.length; i++) {
                RecordComponent c = declared[i];
                types[i] = c.getType();
                Shape shape = c.getType() == Optional.class
                        ? Shape.OPTIONAL
                        : c.getType() == List.class ? Shape.LIST : Shape.PLAIN;
                Class<?> valueType = shape == Shape.PLAIN ? box(c.getType()) : argument(c.getGenericType());
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.trySetAccessible();
                list[i] = new Component(c.getName(), shape, codecOf(valueType), accessor);
            }
            try {
                Constructor<T> canonical = type.getDeclaredConstructor(types);
                canonical.trySetAccessible();
                constructor = canonical;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor for " + type.getSimpleName(), e);
            }
            result = List.of(list);
            components = result;
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Codec<Object> codecOf(Class<?> type) {
        return (Codec<Object>) Registry.codec(type);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void writeFields(T value, Out out) throws IOException {
        for (Component c : components()) {
            Object field = get(c, value);
            Codec<Object> codec = c.codec();
            switch (c.shape()) {
                case OPTIONAL -> out.opt(c.name(), (Optional<Object>) field, codec);
                case LIST -> out.list(c.name(), (List<Object>) field, codec);
                default -> out.value(c.name(), field, codec);
            }
        }
    }

    @Override
    protected T read(In in) {
        List<Component> list = components();
        Object[] arguments = new Object[list.size()];
        for (int i = 0; i < list.size(); i++) {
            Component c = list.get(i);
            Codec<?> codec = c.codec();
            arguments[i] = switch (c.shape()) {
                case OPTIONAL -> in.opt(c.name(), codec);
                case LIST -> in.list(c.name(), codec);
                default -> in.get(c.name(), codec);
            };
        }
        T value = in.build(() -> construct(arguments));
        check(value, in);
        return value;
    }

    /**
     * Checks a value read, beyond its record's own checks; does nothing unless overridden.
     *
     * @param value the value
     * @param in its properties, for paths
     */
    protected void check(T value, In in) {}

    private T construct(Object[] arguments) {
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
        }
    }

    private static Object get(Component c, Object record) {
        try {
            return c.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.name(), e);
        }
    }

    private static Class<?> argument(Type generic) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        if (argument instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) argument).getRawType();
        }
        return (Class<?>) argument;
    }

    private static Class<?> box(Class<?> type) {
        if (type == int.class) {
            return Integer.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        return type;
    }
}
