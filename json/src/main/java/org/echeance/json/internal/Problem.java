package org.echeance.json.internal;

import java.util.List;

/**
 * A document refused while it is read, before it becomes an {@link org.echeance.json.EcheanceJsonException} at
 * the Jackson boundary.
 */
public final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The path of the first problem. */
    private final String path;

    /** Every problem, each {@code path: message}. */
    private final List<String> problems;

    /**
     * Creates a problem.
     *
     * @param path the path of the first problem
     * @param problems every problem, each as {@code path: message}
     * @param cause the domain exception behind it, or null
     */
    public Problem(String path, List<String> problems, Throwable cause) {
        super(String.join("; ", problems), cause);
        this.path = path;
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the path of the first problem.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns every problem.
     *
     * @return the problems
     */
    public List<String> problems() {
        return problems;
    }
}
