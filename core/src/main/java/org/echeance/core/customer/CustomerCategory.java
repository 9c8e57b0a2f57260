package org.echeance.core.customer;

import java.util.Objects;
import org.echeance.core.validation.ValidationException;

/**
 * A category of customers that the application defines ("retail", "VIP", "public sector"…), used to filter
 * and report.
 *
 * <p>Categories compare by their exact name. This class is immutable and thread-safe.
 *
 * @param name the category's name, not blank
 */
public record CustomerCategory(String name) {
    /**
     * Creates a category.
     *
     * @throws ValidationException if the name is blank
     */
    public CustomerCategory {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw ValidationException.of("ECH-CUST-02", "customer.category", "category name is blank");
        }
    }

    /**
     * Returns the category of a name.
     *
     * @param name the name
     * @return the category
     */
    public static CustomerCategory of(String name) {
        return new CustomerCategory(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
