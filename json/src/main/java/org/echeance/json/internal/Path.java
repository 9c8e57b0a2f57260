package org.echeance.json.internal;

/**
 * The place of a value in the document being read ({@code lines[2].price.netPrice}), built as the document is
 * read at the cost of one small object per step: the text is only made when an error names it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Path {
    /** The document itself. */
    public static final Path ROOT = new Path(null, null, -1);

    private static final int MAX_NAME_SHOWN = 40;

    private final Path parent;
    private final String name;
    private final int index;

    private Path(Path parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /**
     * Returns the path of a property of the object at this path.
     *
     * @param name the property name
     * @return the property's path
     */
    public Path field(String name) {
        return new Path(this, name, -1);
    }

    /**
     * Returns the path of an element of the array at this path.
     *
     * @param index the element's index
     * @return the element's path
     */
    public Path index(int index) {
        return new Path(this, null, index);
    }

    /**
     * Checks if this is the document itself.
     *
     * @return true for the document
     */
    public boolean isRoot() {
        return parent == null;
    }

    /**
     * Returns the path as text, such as {@code lines[2].price.netPrice}; empty for the document. Long property
     * names are shortened to 40 characters.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        append(text);
        return text.toString();
    }

    private void append(StringBuilder text) {
        if (parent == null) {
            return;
        }
        parent.append(text);
        if (name == null) {
            text.append('[').append(index).append(']');
        } else {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(shown(name));
        }
    }

    private static String shown(String name) {
        return name.length() > MAX_NAME_SHOWN ? name.substring(0, MAX_NAME_SHOWN) + "…" : name;
    }
}
