package org.echeance.examples.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.echeance.examples.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryDeterminismTest {
    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOthers(
            @TempDir Path first, @TempDir Path second, @TempDir Path third) throws IOException {
        // every output of the demo: text, PDF (Factur-X), CII, UBL, the receivables report and the JSON export
        StoryConfig config = StoryConfig.defaults(first).withCustomers(8);
        Demo.runStory(NOWHERE, config);
        Demo.runStory(NOWHERE, config.withOutput(second));
        Demo.runStory(NOWHERE, config.withOutput(third).withSeed(config.seed() + 1));

        List<Path> files = documents(first);
        assertThat(files)
                .hasSizeGreaterThan(250)
                .contains(
                        Path.of("summary.txt"),
                        Path.of("receivables.txt"),
                        Path.of("receivables.pdf"),
                        Path.of("export.json"),
                        Path.of("invoices", "FA-2026-00001.pdf"),
                        Path.of("invoices", "FA-2026-00001.cii.xml"),
                        Path.of("invoices", "FA-2026-00001.ubl.xml"),
                        Path.of("statements", "C-00001.pdf"));
        assertThat(files.stream()
                        .filter(f -> f.startsWith("reminders") && f.toString().endsWith(".pdf")))
                .isNotEmpty();
        assertThat(documents(second)).isEqualTo(files);
        for (Path file : files) {
            if (file.toString().endsWith(".pdf")) {
                // iText writes the objects of the two fonts in an order that can change from one run to the next
                // within a JVM (two demo commands give the same bytes): compare everything a PDF says instead
                assertThat(content(second.resolve(file))).as(file.toString()).isEqualTo(content(first.resolve(file)));
            } else {
                assertThat(Files.readAllBytes(second.resolve(file)))
                        .as(file.toString())
                        .isEqualTo(Files.readAllBytes(first.resolve(file)));
            }
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

    /** What a PDF says: its id, metadata and dates, the text of each page, and the bytes of its attachments. */
    private static String content(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            StringBuilder out = new StringBuilder();
            out.append(document.getDocument().getTrailer().getDictionaryObject(COSName.ID))
                    .append('\n');
            PDDocumentInformation info = document.getDocumentInformation();
            out.append(info.getTitle())
                    .append(info.getCreationDate().toInstant())
                    .append(info.getModificationDate().toInstant())
                    .append('\n');
            out.append(new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                out.append("\n--- page ").append(page).append('\n').append(text.getText(document));
            }
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            if (names != null && names.getEmbeddedFiles() != null) {
                for (Map.Entry<String, PDComplexFileSpecification> file :
                        new TreeMap<>(names.getEmbeddedFiles().getNames()).entrySet()) {
                    out.append("\n--- ")
                            .append(file.getKey())
                            .append('\n')
                            .append(Base64.getEncoder()
                                    .encodeToString(
                                            file.getValue().getEmbeddedFile().toByteArray()));
                }
            }
            return out.toString();
        }
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
