package org.echeance.examples.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryDeterminismTest {
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers(
            @TempDir Path first, @TempDir Path second, @TempDir Path third) throws IOException {
        StoryConfig config = StoryConfig.defaults(first).withCustomers(8);
        play(config);
        play(config.withOutput(second));
        play(config.withOutput(third).withSeed(config.seed() + 1));

        List<Path> files = documents(first);
        assertThat(files).hasSizeGreaterThan(100).contains(Path.of("summary.txt"));
        assertThat(documents(second)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file)))
                    .as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertThat(Files.readString(third.resolve("summary.txt")))
                .isNotEqualTo(Files.readString(first.resolve("summary.txt")));
    }

    @Test
    void aSecondRunIntoTheSameFolderReplacesTheFirst(@TempDir Path folder) throws IOException {
        StoryConfig config = StoryConfig.defaults(folder).withCustomers(8);
        play(config.withSeed(99));
        play(config);
        List<Path> again = documents(folder);

        play(config.withOutput(folder.resolve("fresh")));
        assertThat(documents(folder.resolve("fresh")))
                .isEqualTo(again.stream().filter(p -> !p.startsWith("fresh")).toList());
    }

    private static void play(StoryConfig config) {
        Story.of(config, TextDocumentSink.into(OutputLayout.of(config.output())))
                .play(NOWHERE);
    }

    /** Every file but the numbering database (H2's own file format), relative to the folder, sorted. */
    private static List<Path> documents(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .filter(p -> !p.getFileName().toString().startsWith("numbering."))
                    .sorted()
                    .toList();
        }
    }
}
