package org.echeance.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Objects;

/**
 * Signals JSON that Echeance refuses: malformed for its shape, beyond its limits, or describing a value the
 * domain refuses (an invoice whose totals do not follow from its lines, an amount in another currency…).
 *
 * <p>The message starts with the path of the offending property in the document, such as
 * {@code lines[2].price.netPrice.currency}, then says what is wrong and, where one applies, the rule id.
 * {@link #problems()} lists every problem found when the domain reported several at once.
 */
public final class EcheanceJsonException extends JsonMappingException {
    private static final long serialVersionUID = 1L;

    /** The path of the first problem. */
    private final String jsonPath;

    /** Every problem, each {@code path: message}. */
    private final List<String> problems;

    /**
     * Creates an exception for problems found in a document.
     *
     * @param jsonPath the path of the first problem, empty for the document itself
     * @param problems every problem, each as {@code path: message}, at least one
     * @param cause the domain exception behind the problems, or null
     */
    public EcheanceJsonException(String jsonPath, List<String> problems, Throwable cause) {
        super(null, String.join("; ", problems), cause);
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the path of the first problem in the document, such as {@code totals.amountDue}.
     *
     * @return the path, empty for the document itself
     */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * Returns every problem found, each as {@code path: message}.
     *
     * @return the problems, at least one
     */
    public List<String> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return getOriginalMessage();
    }
}
