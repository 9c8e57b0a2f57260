package org.echeance.json.internal;

import java.util.List;

/** Builds the paths named in errors ({@code lines[2].price.netPrice}) and the errors themselves. */
public final class Paths {
    private Paths() {}

    /**
     * Returns the path of a property of an object.
     *
     * @param path the object's path
     * @param name the property name
     * @return the property's path
     */
    public static Path field(Path path, String name) {
        return path.field(name);
    }

    /**
     * Returns the path of an element of an array.
     *
     * @param path the array's path
     * @param index the element's index
     * @return the element's path
     */
    public static Path index(Path path, int index) {
        return path.index(index);
    }

    /**
     * Returns an error about one place of the document.
     *
     * @param path the place
     * @param message what is wrong
     * @return the exception
     */
    public static Problem error(Path path, String message) {
        return error(path.toString(), message);
    }

    /**
     * Returns an error about one place of the document, given as text.
     *
     * @param path the place, empty for the document itself
     * @param message what is wrong
     * @return the exception
     */
    public static Problem error(String path, String message) {
        return new Problem(path, List.of(shown(path) + ": " + message), null);
    }

    /**
     * Returns the path as shown in messages: {@code (document)} for the document itself.
     *
     * @param path the path
     * @return the text shown
     */
    public static String shown(String path) {
        return path.isEmpty() ? "(document)" : path;
    }
}
