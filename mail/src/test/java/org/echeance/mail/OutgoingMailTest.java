package org.echeance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Locale;
import org.echeance.core.identifier.EmailAddress;
import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {
    private static final InvoiceDocument DOCUMENT =
            InvoiceDocument.of(MailFixtures.SELLER_ID, MailFixtures.invoice(), Locale.FRENCH);

    @Test
    void everyBadAddressIsNamedByItsListAndPosition() {
        assertThatThrownBy(() -> OutgoingMail.builder(DOCUMENT)
                        .to("compta@client.fr")
                        .to("compta@client")
                        .cc("not an address")
                        .replyTo("@acme.example")
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        tuple("ECH-MAIL-07", "to[1]"),
                                        tuple("ECH-MAIL-07", "cc[0]"),
                                        tuple("ECH-MAIL-07", "replyTo")));
    }

    @Test
    void aMailNeedsAToRecipient() {
        assertThatThrownBy(() ->
                        OutgoingMail.builder(DOCUMENT).cc("compta@client.fr").build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(tuple("ECH-MAIL-20", "to")));
    }

    @Test
    void twoAttachmentsNeverShareAName() {
        MailAttachment pdf = MailAttachment.pdf("FA-2026-00042.pdf", new byte[] {1});

        assertThatThrownBy(() -> OutgoingMail.builder(DOCUMENT)
                        .to("compta@client.fr")
                        .attach(pdf)
                        .attach(MailAttachment.pdf("fa-2026-00042.PDF", new byte[] {2}))
                        .build())
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(tuple("ECH-MAIL-22", "attachments[1].fileName")));
    }

    @Test
    void addressesAreNormalisedAndKeptOnce() {
        OutgoingMail mail = OutgoingMail.builder(DOCUMENT)
                .to("Compta@Client.FR")
                .to(EmailAddress.parse("Compta@client.fr"))
                .cc("direction@client.fr")
                .bcc("compta@client.fr")
                .build();

        assertThat(mail.to()).extracting(Object::toString).containsExactly("Compta@client.fr");
        assertThat(mail.allRecipients())
                .extracting(Object::toString)
                .containsExactly("Compta@client.fr", "direction@client.fr", "compta@client.fr");
    }

    @Test
    void mailsCompareByValue() {
        byte[] bytes = {1, 2, 3};
        OutgoingMail first = OutgoingMail.builder(DOCUMENT)
                .to("compta@client.fr")
                .attach(MailAttachment.pdf("a.pdf", bytes))
                .build();
        OutgoingMail second = OutgoingMail.builder(DOCUMENT)
                .to("compta@client.fr")
                .attach(MailAttachment.pdf("a.pdf", bytes.clone()))
                .build();

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first.toString())
                .isEqualTo("OutgoingMail[invoice/seller-A/380/FA-2026-00042, to=[compta@client.fr], cc=[], bcc=[],"
                        + " attachments=[MailAttachment[a.pdf, application/pdf, 3 bytes]]]");
    }
}
