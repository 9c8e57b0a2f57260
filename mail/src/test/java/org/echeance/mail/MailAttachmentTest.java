package org.echeance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import org.echeance.core.validation.ValidationException;
import org.echeance.core.validation.Violation;
import org.junit.jupiter.api.Test;

class MailAttachmentTest {
    @Test
    void theBytesAreCopiedInAndOut() {
        byte[] bytes = {1, 2, 3};
        MailAttachment attachment = MailAttachment.pdf("FA-2026-00042.pdf", bytes);
        bytes[0] = 9;
        attachment.content()[1] = 9;

        assertThat(attachment.content()).containsExactly(1, 2, 3);
        assertThat(attachment.size()).isEqualTo(3);
        assertThat(attachment.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void theMediaTypeIsKeptInLowerCase() {
        assertThat(MailAttachment.of("factur-x.xml", "Application/XML", new byte[] {1})
                        .mediaType())
                .isEqualTo(MailAttachment.APPLICATION_XML);
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertThatThrownBy(() -> MailAttachment.of("../FA.pdf", "pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::ruleId, Violation::path)
                                .containsExactly(
                                        tuple("ECH-MAIL-21", "fileName"),
                                        tuple("ECH-MAIL-21", "mediaType"),
                                        tuple("ECH-MAIL-21", "content")));
    }

    @Test
    void aFileNameHasNoLineBreak() {
        assertThatThrownBy(() -> MailAttachment.pdf("FA.pdf\r\nX-Injected: yes", new byte[] {1}))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("U+000D");
    }

    @Test
    void attachmentsCompareByContent() {
        MailAttachment one = MailAttachment.pdf("a.pdf", new byte[] {1, 2});

        assertThat(one)
                .isEqualTo(MailAttachment.pdf("a.pdf", new byte[] {1, 2}))
                .hasSameHashCodeAs(MailAttachment.pdf("a.pdf", new byte[] {1, 2}));
        assertThat(one).isNotEqualTo(MailAttachment.pdf("a.pdf", new byte[] {1, 3}));
        assertThat(one).isNotEqualTo(MailAttachment.pdf("b.pdf", new byte[] {1, 2}));
    }
}
