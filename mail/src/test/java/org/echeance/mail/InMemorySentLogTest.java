package org.echeance.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.echeance.core.identifier.EmailAddress;
import org.junit.jupiter.api.Test;

class InMemorySentLogTest {
    private static SentRecord record(String key, String id, Optional<String> resendOf) {
        return new SentRecord(
                key, id, Instant.parse("2026-11-23T09:15:00Z"), List.of(EmailAddress.parse("a@b.fr")), resendOf);
    }

    @Test
    void keepsEveryRecordOfADocumentInOrder() {
        InMemorySentLog log = InMemorySentLog.create();
        log.record(record("invoice/s/380/1", "<1@x.fr>", Optional.empty()));
        log.record(record("invoice/s/380/2", "<2@x.fr>", Optional.empty()));
        log.record(record("invoice/s/380/1", "<3@x.fr>", Optional.of("<1@x.fr>")));

        assertThat(log.history("invoice/s/380/1"))
                .extracting(SentRecord::messageId)
                .containsExactly("<1@x.fr>", "<3@x.fr>");
        assertThat(log.lastSent("invoice/s/380/1").orElseThrow().resendOf()).contains("<1@x.fr>");
        assertThat(log.lastSent("invoice/s/380/9")).isEmpty();
        assertThat(log.history("invoice/s/380/9")).isEmpty();
        assertThat(log.size()).isEqualTo(3);
    }

    @Test
    void recordingTheSameMessageTwiceChangesNothing() {
        InMemorySentLog log = InMemorySentLog.create();
        log.record(record("k", "<1@x.fr>", Optional.empty()));
        log.record(record("k", "<1@x.fr>", Optional.empty()));

        assertThat(log.size()).isEqualTo(1);
    }

    @Test
    void aRecordHoldsARealMessageId() {
        assertThatThrownBy(() -> record("k", "1@x.fr", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("angle brackets");
    }
}
