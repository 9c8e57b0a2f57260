package org.echeance.core.party;

import java.util.Objects;
import java.util.Optional;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.identifier.PhoneNumber;

/**
 * A contact point of a party (EN 16931 BG-6, BG-9): a person or department, an email address and a main and
 * an alternate phone number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the contact person or department (BT-41, BT-56), if any
 * @param email the email address (BT-43, BT-58), if any
 * @param phone the main phone number (BT-42, BT-57), if any
 * @param alternatePhone a second phone number, if any; not part of EN 16931, printed on documents only
 */
public record Contact(
        Optional<String> name,
        Optional<EmailAddress> email,
        Optional<PhoneNumber> phone,
        Optional<PhoneNumber> alternatePhone) {

    /** Creates a contact, rejecting null parts. */
    public Contact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(alternatePhone, "alternatePhone");
    }

    /**
     * Returns an empty contact, to be completed with the {@code with…} methods.
     *
     * @return a contact with no part
     */
    public static Contact empty() {
        return new Contact(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns a contact with a name, an email address and a phone number, parsing the last two.
     *
     * @param name the person or department
     * @param email the email address
     * @param phone the phone number, E.164 or French national form
     * @return the contact
     */
    public static Contact of(String name, String email, String phone) {
        return empty().withName(name).withEmail(email).withPhone(phone);
    }

    /**
     * Returns a copy with the given contact name.
     *
     * @param newName the name
     * @return the copy
     */
    public Contact withName(String newName) {
        return new Contact(Optional.of(newName), email, phone, alternatePhone);
    }

    /**
     * Returns a copy with the given email address, parsed.
     *
     * @param newEmail the email address
     * @return the copy
     * @throws org.echeance.core.identifier.InvalidIdentifierException if the address is malformed
     */
    public Contact withEmail(String newEmail) {
        return new Contact(name, Optional.of(EmailAddress.parse(newEmail)), phone, alternatePhone);
    }

    /**
     * Returns a copy with the given main phone number, parsed.
     *
     * @param newPhone the phone number
     * @return the copy
     * @throws org.echeance.core.identifier.InvalidIdentifierException if the number is malformed
     */
    public Contact withPhone(String newPhone) {
        return new Contact(name, email, Optional.of(PhoneNumber.parse(newPhone)), alternatePhone);
    }

    /**
     * Returns a copy with the given alternate phone number, parsed.
     *
     * @param newPhone the phone number
     * @return the copy
     * @throws org.echeance.core.identifier.InvalidIdentifierException if the number is malformed
     */
    public Contact withAlternatePhone(String newPhone) {
        return new Contact(name, email, phone, Optional.of(PhoneNumber.parse(newPhone)));
    }
}
