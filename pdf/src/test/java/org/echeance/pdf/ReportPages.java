package org.echeance.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The rows of a French receivables report of customers without names, read back page by page with PDFBox: which
 * aging rows, late customer rows, table headers, totals and footers each page holds, in reading order.
 */
final class ReportPages {
    /** The first line of the aging table's header. */
    static final String AGING_HEADER = "Client Devise Non échu 1-30 31-60 61-90 > 90 Total";
    /** The first line of the late customers' header as PDFBox reads it: the labels that wrap come on lines of their own. */
    static final String LATE_HEADER = "Client Échu Échéances Plus";

    static final String LATE_HEADING = "Clients en retard (tendance depuis le 15/02/2026)";
    private static final Pattern AGING_ROW = Pattern.compile("(C\\d{6}) EUR( [\\d ]+,\\d\\d){6}");
    private static final Pattern LATE_ROW =
            Pattern.compile("(C\\d{6}) [\\d ]+,\\d\\d € \\d+ \\d\\d/\\d\\d/\\d{4} \\d+ \\d+ \\S+ \\S+");
    private static final Pattern FOOTER = Pattern.compile("Créances clients 15/03/2026 Page (\\d+) sur (\\d+)");

    /** One page: its lines, with runs of white space as one space. */
    record Page(int number, List<String> lines) {
        /** The customer numbers of the aging rows, in order. */
        List<String> agingRows() {
            return matching(AGING_ROW);
        }

        /** The customer numbers of the late customer rows, in order. */
        List<String> lateRows() {
            return matching(LATE_ROW);
        }

        /** The line number of a line, or -1. */
        int indexOf(String line) {
            return lines.indexOf(line);
        }

        /** The line number of the first line starting with some text, or -1. */
        int indexOfStart(String start) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(start)) {
                    return i;
                }
            }
            return -1;
        }

        /** The page number and count of the footer, such as {@code [3, 18]}; empty if there is no footer line. */
        List<Integer> footer() {
            for (String line : lines) {
                Matcher m = FOOTER.matcher(line);
                if (m.matches()) {
                    return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
            }
            return List.of();
        }

        private List<String> matching(Pattern row) {
            List<String> numbers = new ArrayList<>();
            for (String line : lines) {
                Matcher m = row.matcher(line);
                if (m.matches()) {
                    numbers.add(m.group(1));
                }
            }
            return numbers;
        }
    }

    private ReportPages() {}

    static List<Page> read(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return read(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Page> read(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return read(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Page> read(PDDocument doc) throws IOException {
        List<Page> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            List<String> lines = new ArrayList<>();
            for (String line : PdfReading.normalise(stripper.getText(doc)).split("\\R")) {
                lines.add(line.trim().replaceAll("\\s+", " "));
            }
            pages.add(new Page(i, lines));
        }
        return pages;
    }
}
