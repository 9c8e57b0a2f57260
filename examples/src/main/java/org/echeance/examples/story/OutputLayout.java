package org.echeance.examples.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.echeance.scheduling.reminder.Reminder;

/**
 * The layout of the story's output folder: where each listener writes each document, so that every format of a
 * document sits beside the others under one name.
 *
 * <pre>
 * output/
 *   numbering.mv.db                      the numbering counters (H2 file database)
 *   summary.txt                          the summary printed at the end
 *   receivables.pdf, receivables.txt     the receivables report: aging, DSO, late customers, charts
 *   export.json                          customers, documents and statements in the json module's shape
 *   invoices/FA-2026-00001.pdf           each invoice, one file per format: .pdf (Factur-X), .cii.xml, .ubl.xml,
 *   invoices/AV-2026-00001.txt           .txt; credit notes (AV-…) beside the invoices
 *   reminders/FA-2026-00001-1-first-reminder.pdf   each reminder (.pdf letter, .txt): invoice, installment, step
 *   statements/C-00001.pdf               each customer's statement over the story (.pdf, .txt)
 * </pre>
 *
 * <p>An extension is given without its dot ({@code "txt"}, {@code "pdf"}, {@code "cii.xml"}). This class is
 * immutable and thread-safe.
 */
public final class OutputLayout {
    /** The folder of invoices and credit notes. */
    public static final String INVOICES = "invoices";

    /** The folder of reminders. */
    public static final String REMINDERS = "reminders";

    /** The folder of customer statements. */
    public static final String STATEMENTS = "statements";

    /** The numbering database's base name: H2 adds {@code .mv.db}. */
    public static final String NUMBERING = "numbering";

    private final Path root;

    private OutputLayout(Path root) {
        this.root = root;
    }

    /**
     * Returns the layout of an output folder.
     *
     * @param root the output folder
     * @return the layout
     */
    public static OutputLayout of(Path root) {
        return new OutputLayout(Objects.requireNonNull(root, "root"));
    }

    /**
     * Returns the output folder.
     *
     * @return the folder
     */
    public Path root() {
        return root;
    }

    /**
     * Returns the file of an invoice or credit note in one format.
     *
     * @param number the document number, such as {@code FA-2026-00001}
     * @param extension the format's extension, such as {@code "pdf"}
     * @return the file
     */
    public Path invoice(String number, String extension) {
        return root.resolve(INVOICES).resolve(safe(number) + "." + extension);
    }

    /**
     * Returns the file of a reminder in one format.
     *
     * @param reminder the reminder
     * @param extension the format's extension
     * @return the file, named by invoice, installment and step
     */
    public Path reminder(Reminder reminder, String extension) {
        return root.resolve(REMINDERS)
                .resolve(safe(reminder.invoiceNumber()) + "-" + reminder.installmentNumber() + "-"
                        + safe(reminder.stepKey()) + "." + extension);
    }

    /**
     * Returns the file of a customer's statement in one format.
     *
     * @param customerNumber the customer number
     * @param extension the format's extension
     * @return the file
     */
    public Path statement(String customerNumber, String extension) {
        return root.resolve(STATEMENTS).resolve(safe(customerNumber) + "." + extension);
    }

    /**
     * Returns the summary's file.
     *
     * @return {@code summary.txt}
     */
    public Path summary() {
        return root.resolve("summary.txt");
    }

    /**
     * Returns the receivables report's file in one format (written by the {@link ReportSink}).
     *
     * @param extension the format's extension
     * @return {@code receivables.<extension>}
     */
    public Path receivablesReport(String extension) {
        return root.resolve("receivables." + extension);
    }

    /**
     * Returns the JSON export's file (written by the {@link JsonExportSink}).
     *
     * @return {@code export.json}
     */
    public Path jsonExport() {
        return root.resolve("export.json");
    }

    /**
     * Returns the numbering database's file.
     *
     * @return {@code numbering.mv.db}
     */
    public Path numberingDatabase() {
        return root.resolve(NUMBERING + ".mv.db");
    }

    /**
     * Creates the output folder and empties its document folders, so that a run never mixes with an earlier one.
     *
     * @throws UncheckedIOException if the folders cannot be created or emptied
     */
    public void prepare() {
        try {
            Files.createDirectories(root);
            for (String folder : List.of(INVOICES, REMINDERS, STATEMENTS)) {
                Path path = root.resolve(folder);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.walk(path)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            if (!file.equals(path)) {
                                Files.delete(file);
                            }
                        }
                    }
                }
                Files.createDirectories(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public String toString() {
        return "OutputLayout[" + root + "]";
    }
}
