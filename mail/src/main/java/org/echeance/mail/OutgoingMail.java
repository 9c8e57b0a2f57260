package org.echeance.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.echeance.mail.internal.MailChecks;

/**
 * A mail to send: the document it carries, its recipients and its attachments.
 *
 * <p>Built with {@link #builder(MailDocument)}, for example {@code OutgoingMail.builder(document)
 * .to("compta@client.fr").attach(MailAttachment.pdf("FA-2026-00042.pdf", pdf)).build()}. The subject and the body
 * come from the document ({@link MailTemplates}).
 *
 * <p>The rules, all checked when building: every address is a valid email address ({@link EmailAddress}, {@code
 * ECH-MAIL-07}, the path naming the list and the position, such as {@code to[1]}); there is at least one {@code To}
 * recipient ({@code ECH-MAIL-20}); two attachments never have the same file name, ignoring case ({@code
 * ECH-MAIL-22}). An address given twice in one list is kept once.
 *
 * <p>Two mails are equal when all their parts are. This class is immutable and thread-safe.
 */
public final class OutgoingMail {
    private final MailDocument document;
    private final List<EmailAddress> to;
    private final List<EmailAddress> cc;
    private final List<EmailAddress> bcc;
    private final Optional<EmailAddress> replyTo;
    private final List<MailAttachment> attachments;

    private OutgoingMail(
            MailDocument document,
            List<EmailAddress> to,
            List<EmailAddress> cc,
            List<EmailAddress> bcc,
            Optional<EmailAddress> replyTo,
            List<MailAttachment> attachments) {
        this.document = document;
        this.to = List.copyOf(to);
        this.cc = List.copyOf(cc);
        this.bcc = List.copyOf(bcc);
        this.replyTo = replyTo;
        this.attachments = List.copyOf(attachments);
    }

    /**
     * Starts building a mail for a document.
     *
     * @param document the invoice, reminder or statement
     * @return the builder
     */
    public static Builder builder(MailDocument document) {
        return new Builder(Objects.requireNonNull(document, "document"));
    }

    /**
     * Returns the document the mail carries.
     *
     * @return the document
     */
    public MailDocument document() {
        return document;
    }

    /**
     * Returns the {@code To} recipients, in the order given.
     *
     * @return at least one address
     */
    public List<EmailAddress> to() {
        return to;
    }

    /**
     * Returns the {@code Cc} recipients.
     *
     * @return the addresses, possibly none
     */
    public List<EmailAddress> cc() {
        return cc;
    }

    /**
     * Returns the blind-copy recipients: they get the mail, no header names them.
     *
     * @return the addresses, possibly none
     */
    public List<EmailAddress> bcc() {
        return bcc;
    }

    /**
     * Returns the address replies go to, when it is not the sender's.
     *
     * @return the {@code Reply-To} address, if any
     */
    public Optional<EmailAddress> replyTo() {
        return replyTo;
    }

    /**
     * Returns the attachments, in the order given.
     *
     * @return the attachments, possibly none
     */
    public List<MailAttachment> attachments() {
        return attachments;
    }

    /**
     * Returns every recipient, {@code To}, then {@code Cc}, then {@code Bcc}, each once.
     *
     * @return the addresses the server is asked to deliver to
     */
    public List<EmailAddress> allRecipients() {
        Set<EmailAddress> all = new LinkedHashSet<>(to);
        all.addAll(cc);
        all.addAll(bcc);
        return List.copyOf(all);
    }

    /**
     * Checks if another object is a mail with the same document, recipients and attachments.
     *
     * @param other the object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof OutgoingMail that
                && document.equals(that.document)
                && to.equals(that.to)
                && cc.equals(that.cc)
                && bcc.equals(that.bcc)
                && replyTo.equals(that.replyTo)
                && attachments.equals(that.attachments);
    }

    /**
     * Returns a hash code of all the parts.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(document, to, cc, bcc, replyTo, attachments);
    }

    /**
     * Returns the document key, the recipients and the attachments.
     *
     * @return a description for logs
     */
    @Override
    public String toString() {
        return "OutgoingMail[" + document.documentKey() + ", to=" + to + ", cc=" + cc + ", bcc=" + bcc
                + replyTo.map(r -> ", replyTo=" + r).orElse("") + ", attachments=" + attachments + "]";
    }

    /** Builds an {@link OutgoingMail}; addresses are checked by {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final MailDocument document;
        private final List<Object> to = new ArrayList<>();
        private final List<Object> cc = new ArrayList<>();
        private final List<Object> bcc = new ArrayList<>();
        private Optional<Object> replyTo = Optional.empty();
        private final List<MailAttachment> attachments = new ArrayList<>();

        private Builder(MailDocument document) {
            this.document = document;
        }

        /**
         * Adds a {@code To} recipient.
         *
         * @param address the address, such as {@code "compta@client.fr"}
         * @return this builder
         */
        public Builder to(String address) {
            to.add(Objects.requireNonNull(address, "address"));
            return this;
        }

        /**
         * Adds a {@code To} recipient.
         *
         * @param address the address
         * @return this builder
         */
        public Builder to(EmailAddress address) {
            to.add(Objects.requireNonNull(address, "address"));
            return this;
        }

        /**
         * Adds a {@code Cc} recipient.
         *
         * @param address the address
         * @return this builder
         */
        public Builder cc(String address) {
            cc.add(Objects.requireNonNull(address, "address"));
            return this;
        }

        /**
         * Adds a blind-copy recipient, such as the seller's archive mailbox.
         *
         * @param address the address
         * @return this builder
         */
        public Builder bcc(String address) {
            bcc.add(Objects.requireNonNull(address, "address"));
            return this;
        }

        /**
         * Sets the address replies go to.
         *
         * @param address the address, such as {@code "comptabilite@example.fr"}
         * @return this builder
         */
        public Builder replyTo(String address) {
            replyTo = Optional.of(Objects.requireNonNull(address, "address"));
            return this;
        }

        /**
         * Adds an attachment.
         *
         * @param attachment the attachment, such as the invoice's PDF
         * @return this builder
         */
        public Builder attach(MailAttachment attachment) {
            attachments.add(Objects.requireNonNull(attachment, "attachment"));
            return this;
        }

        /**
         * Builds the mail.
         *
         * @return the mail
         * @throws ValidationException with every rule broken ({@code ECH-MAIL-07}, {@code ECH-MAIL-20}, {@code
         *     ECH-MAIL-22})
         */
        public OutgoingMail build() {
            List<Violation> violations = new ArrayList<>();
            List<EmailAddress> toAddresses = addresses("to", to, violations);
            List<EmailAddress> ccAddresses = addresses("cc", cc, violations);
            List<EmailAddress> bccAddresses = addresses("bcc", bcc, violations);
            Optional<EmailAddress> replyToAddress = replyTo.flatMap(address -> parse("replyTo", address, violations));
            if (to.isEmpty()) {
                violations.add(new Violation("ECH-MAIL-20", "to", "no recipient; a mail needs one To address"));
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < attachments.size(); i++) {
                String name = attachments.get(i).fileName();
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    violations.add(new Violation(
                            "ECH-MAIL-22",
                            "attachments[" + i + "].fileName",
                            MailChecks.quote(name) + " is the name of an earlier attachment"));
                }
            }
            MailChecks.throwIfAny(violations);
            return new OutgoingMail(document, toAddresses, ccAddresses, bccAddresses, replyToAddress, attachments);
        }

        private static List<EmailAddress> addresses(String list, List<Object> given, List<Violation> violations) {
            Set<EmailAddress> parsed = new LinkedHashSet<>();
            for (int i = 0; i < given.size(); i++) {
                parse(list + "[" + i + "]", given.get(i), violations).ifPresent(parsed::add);
            }
            return List.copyOf(parsed);
        }

        private static Optional<EmailAddress> parse(String path, Object address, List<Violation> violations) {
            if (address instanceof EmailAddress email) {
                return Optional.of(email);
            }
            return MailChecks.address(path, (String) address, violations);
        }
    }
}
