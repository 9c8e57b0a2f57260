package org.echeance.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Compares pages of rendered PDFs, drawn by PDFBox, with golden PNG pictures committed under
 * {@code src/test/resources/golden/<case>/page-<p>-of-<n>.png}.
 *
 * <p>Pages are drawn at {@value #DPI} dpi in grey levels, and the goldens are stored with 16 grey levels (4-bit PNG,
 * about 6 KB a page; the rounding moves a level by at most 8). Two pictures match when they have the same size and
 * at most {@value #PAGE_TOLERANCE} of their pixels (a fraction: 19 pixels of an A4 page) differ by more than {@value
 * #LEVEL_TOLERANCE} of 255 grey levels (for colour pictures: in red, green or blue). Measured on the demo invoice at
 * 45 dpi: rendering twice, or on JDK 17 and JDK 25, gives identical pixels; anti-aliasing with 8 × 8 samples a pixel
 * (as the older Pisces rasterizer did) instead of Marlin's 256 × 8 changes no pixel by more than 24 levels; a changed
 * word changes 54 pixels by more than 32 levels, the first page of another invoice 462, a column moved by 3 pixels
 * (1 % of the table's width) 352, another accent colour 1,665. A changed digit changes only 5 to 9 pixels and is not
 * seen here: texts are checked by reading them back ({@link MultiPageLayoutTest}). Much coarser anti-aliasing (8
 * samples a pixel) changes 0.3 to 1 % of the pixels and fails, as a sub-pixel shift of the whole page would.
 *
 * <p>On a mismatch the actual page and a diff picture (the golden faded, differing pixels in red) are written under
 * {@code target/golden-diff/}, and the assertion message names them and the page.
 *
 * <p>Goldens must come from deterministic renderings ({@link PdfFixtures#options()}). After an intended change of
 * the layout, run {@code mvn -pl pdf test -Dgolden.update=true}: the tests then rewrite their goldens (and the
 * README picture) instead of comparing them, and pass; look at the new pictures before committing them.
 */
final class GoldenPages {
    /** The resolution of the golden pages: an A4 page is 371 × 526 pixels. */
    static final float DPI = 45;

    /** Two grey levels (0 to 255) differ when they are more than this apart. */
    static final int LEVEL_TOLERANCE = 32;

    /** A page fails when more than this fraction of its pixels differ (0.01 %). */
    static final double PAGE_TOLERANCE = 0.0001;

    /** The golden pictures, relative to the module directory, Maven's working directory for tests. */
    static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden");

    /** Where the actual pages and the diff pictures of a mismatch are written. */
    static final Path DIFF_DIR = Path.of("target", "golden-diff");

    private static final Pattern GOLDEN_NAME = Pattern.compile("page-(\\d+)-of-(\\d+)\\.png");

    private GoldenPages() {}

    /** Tells whether the tests rewrite their goldens ({@code -Dgolden.update=true}) instead of comparing. */
    static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Checks every page of a PDF against the goldens of a case. */
    static void assertPagesMatch(String name, byte[] pdf) {
        assertPagesMatch(name, pdf, count -> allPages(count));
    }

    /**
     * Checks some pages of a PDF against the goldens of a case: first the page count, then each page the selector
     * picks (1-based page numbers, from the page count).
     */
    static void assertPagesMatch(String name, byte[] pdf, IntFunction<List<Integer>> selector) {
        Path dir = GOLDEN_DIR.resolve(name);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int count = doc.getNumberOfPages();
            List<Integer> pages = selector.apply(count);
            PDFRenderer renderer = new PDFRenderer(doc);
            if (updating()) {
                Files.createDirectories(dir);
                for (Path old : goldens(dir).values()) {
                    Files.delete(old);
                }
                for (int page : pages) {
                    write(
                            sixteenLevels(renderer.renderImageWithDPI(page - 1, DPI, ImageType.GRAY)),
                            dir.resolve(fileName(page, count)));
                }
                return;
            }
            TreeMap<Integer, Path> goldens = goldens(dir);
            assertThat(goldens)
                    .as("%s: no golden pages in %s; run the tests with -Dgolden.update=true to write them", name, dir)
                    .isNotEmpty();
            int expectedCount = pageCountOf(goldens.firstEntry().getValue());
            assertThat(count)
                    .as("%s: page count (goldens: %s)", name, dir.toAbsolutePath())
                    .isEqualTo(expectedCount);
            assertThat(List.copyOf(goldens.keySet()))
                    .as(
                            "%s: the pages that have goldens; run the tests with -Dgolden.update=true to rewrite them",
                            name)
                    .isEqualTo(pages);
            List<String> failures = new ArrayList<>();
            for (int page : pages) {
                BufferedImage actual = renderer.renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
                String label = name + " page " + page + " of " + count;
                mismatch(goldens.get(page), actual, label, name + "-page-" + page)
                        .ifPresent(failures::add);
            }
            assertThat(failures).as("pages that differ from their goldens").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a picture against a golden picture file, or rewrites the file when updating.
     *
     * @param golden the golden picture
     * @param actual the picture drawn now
     * @param label what the picture shows, for messages and the names of the diff files
     */
    static void assertPictureMatches(Path golden, BufferedImage actual, String label) {
        if (updating()) {
            write(actual, golden);
            return;
        }
        assertThat(golden)
                .as("%s: no golden; run the tests with -Dgolden.update=true to write it", label)
                .isRegularFile();
        assertThat(mismatch(golden, actual, label, label)).isEmpty();
    }

    /** Compares two pictures pixel by pixel. */
    static Difference compare(BufferedImage expected, BufferedImage actual) {
        int w = expected.getWidth();
        int h = expected.getHeight();
        if (actual.getWidth() != w || actual.getHeight() != h) {
            return new Difference(w, h, actual.getWidth(), actual.getHeight(), w * h, actual);
        }
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        boolean grey = isGrey(expected) && isGrey(actual);
        int differing = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = expected.getRGB(x, y);
                int delta = grey
                        ? Math.abs(level(expected, x, y) - level(actual, x, y))
                        : maxChannelDelta(e, actual.getRGB(x, y));
                if (delta > LEVEL_TOLERANCE) {
                    differing++;
                    diff.setRGB(x, y, 0xFF0000);
                } else {
                    // the golden, faded, for orientation
                    int level = 255 - (255 - (grey ? level(expected, x, y) : luminance(e))) / 4;
                    diff.setRGB(x, y, level << 16 | level << 8 | level);
                }
            }
        }
        return new Difference(w, h, w, h, differing, diff);
    }

    private static Optional<String> mismatch(Path golden, BufferedImage actual, String label, String file) {
        BufferedImage expected = read(golden);
        Difference d = compare(expected, actual);
        if (!d.isVisible()) {
            return Optional.empty();
        }
        Path actualFile = DIFF_DIR.resolve(safe(file) + "-actual.png");
        Path diffFile = DIFF_DIR.resolve(safe(file) + "-diff.png");
        write(actual, actualFile);
        if (d.sameSize()) {
            write(d.picture(), diffFile);
            return Optional.of(String.format(
                    Locale.ROOT,
                    "%s differs from %s: %d of %d pixels (%.3f %%) differ by more than %d of 255 levels, tolerance"
                            + " %.3f %%; actual page %s, differences in red %s",
                    label,
                    golden,
                    d.differingPixels(),
                    d.pixels(),
                    d.fraction() * 100,
                    LEVEL_TOLERANCE,
                    PAGE_TOLERANCE * 100,
                    actualFile.toAbsolutePath(),
                    diffFile.toAbsolutePath()));
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "%s is %d × %d pixels, its golden %s is %d × %d; actual page %s",
                label,
                d.actualWidth(),
                d.actualHeight(),
                golden,
                d.width(),
                d.height(),
                actualFile.toAbsolutePath()));
    }

    private static List<Integer> allPages(int count) {
        List<Integer> pages = new ArrayList<>();
        for (int p = 1; p <= count; p++) {
            pages.add(p);
        }
        return pages;
    }

    private static String fileName(int page, int count) {
        return "page-" + page + "-of-" + count + ".png";
    }

    private static TreeMap<Integer, Path> goldens(Path dir) throws IOException {
        TreeMap<Integer, Path> goldens = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return goldens;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.collect(Collectors.toList())) {
                Matcher m = GOLDEN_NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    goldens.put(Integer.parseInt(m.group(1)), f);
                }
            }
        }
        return goldens;
    }

    private static int pageCountOf(Path golden) {
        Matcher m = GOLDEN_NAME.matcher(golden.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(golden.toString());
        }
        return Integer.parseInt(m.group(2));
    }

    /**
     * Returns a copy of a grey picture with 16 grey levels (0, 17, …, 255), each level rounded to the nearest, as a
     * 4-bit picture that ImageIO writes as a 4-bit greyscale PNG.
     */
    static BufferedImage sixteenLevels(BufferedImage grey) {
        byte[] palette = new byte[16];
        for (int i = 0; i < 16; i++) {
            palette[i] = (byte) (i * 17);
        }
        BufferedImage out = new BufferedImage(
                grey.getWidth(),
                grey.getHeight(),
                BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(4, 16, palette, palette, palette));
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, (level(grey, x, y) * 2 + 17) / 34);
            }
        }
        return out;
    }

    private static boolean isGrey(BufferedImage image) {
        ColorModel cm = image.getColorModel();
        if (image.getRaster().getNumBands() != 1) {
            return false;
        }
        if (cm instanceof IndexColorModel) {
            IndexColorModel icm = (IndexColorModel) cm;
            for (int i = 0; i < icm.getMapSize(); i++) {
                if (icm.getRed(i) != icm.getGreen(i) || icm.getRed(i) != icm.getBlue(i)) {
                    return false;
                }
            }
            return true;
        }
        return image.getSampleModel().getSampleSize(0) == 8;
    }

    /** The grey level (0 to 255) of a pixel of a grey picture: the sample, or its palette entry. */
    private static int level(BufferedImage image, int x, int y) {
        int sample = image.getRaster().getSample(x, y, 0);
        ColorModel cm = image.getColorModel();
        return cm instanceof IndexColorModel ? ((IndexColorModel) cm).getRed(sample) : sample;
    }

    private static int maxChannelDelta(int a, int b) {
        int max = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            max = Math.max(max, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return max;
    }

    private static int luminance(int rgb) {
        return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    static BufferedImage read(Path file) {
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IllegalStateException(file + " is not a picture ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(BufferedImage image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer for " + file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How two pictures differ.
     *
     * @param width the expected picture's width
     * @param height the expected picture's height
     * @param actualWidth the actual picture's width
     * @param actualHeight the actual picture's height
     * @param differingPixels how many pixels differ by more than the level tolerance (all of them when the sizes
     *     differ)
     * @param picture the diff picture, or the actual picture when the sizes differ
     */
    record Difference(
            int width, int height, int actualWidth, int actualHeight, int differingPixels, BufferedImage picture) {
        /** Tells whether both pictures have the same size. */
        boolean sameSize() {
            return width == actualWidth && height == actualHeight;
        }

        /** The number of pixels of the expected picture. */
        int pixels() {
            return width * height;
        }

        /** The fraction of pixels that differ. */
        double fraction() {
            return (double) differingPixels / pixels();
        }

        /** Tells whether the pictures differ beyond the tolerances: another size, or too many differing pixels. */
        boolean isVisible() {
            return !sameSize() || fraction() > PAGE_TOLERANCE;
        }
    }
}
