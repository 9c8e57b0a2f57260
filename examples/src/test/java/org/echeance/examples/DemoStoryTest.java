package org.echeance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.echeance.examples.story.StoryConfig;
import org.echeance.examples.story.StoryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStoryTest {
    @Test
    void theDemoPrintsTheStorysProgressAndSummaryAndWritesTheFolder(@TempDir Path output) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        StoryResult result = Demo.runStory(
                new PrintStream(bytes, true, StandardCharsets.UTF_8),
                StoryConfig.defaults(output).withCustomers(6));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out)
                .contains("The story: Atelier Durand bills 6 customers from 2025-11-01 to 2026-12-31")
                .contains("No SMTP settings: no mail is sent")
                .containsPattern(
                        "\n  2026-12  invoices +" + result.summary().counts().invoices() + " ")
                .endsWith(result.summary().toText());
        assertThat(Files.readString(output.resolve("summary.txt")))
                .isEqualTo(result.summary().toText());
        assertThat(output.resolve("numbering.mv.db")).exists();
        assertThat(output.resolve("statements").resolve("C-00006.txt")).exists();
    }
}
