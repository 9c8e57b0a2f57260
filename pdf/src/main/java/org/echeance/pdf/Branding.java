package org.echeance.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.echeance.core.party.Party;

/**
 * How a company's documents look and what they say besides the document itself: the logo, colours and fonts, the
 * company's contact block, the legal mentions in the footer, the payment instructions and the language.
 *
 * <p>Built with {@link #builder(Party)}. Everything but the company has a default: no logo, a dark blue primary
 * colour and an orange accent, DejaVu Sans ({@link BrandFonts#defaults()}), a contact block and footer derived from
 * the company's party (name, address, SIREN, VAT number, legal information, email and phone), French labels.
 *
 * <p>Labels come from the resource bundle {@value #LABELS_BUNDLE}: French and English ship with this module; an
 * application adds a language by putting {@code org/echeance/pdf/labels_xx.properties} on the class path, or changes
 * single labels with {@link Builder#label(String, String)}. Numbers, dates and amounts follow the locale.
 *
 * <p>A branding applies to the documents rendered with it: an issued document keeps the bytes it was rendered
 * with. Two brandings are equal when all their parts are. This class is immutable and thread-safe.
 */
public final class Branding {
    /** The base name of the resource bundle of the labels. */
    public static final String LABELS_BUNDLE = "org.echeance.pdf.labels";

    private final Party company;
    private final Optional<Logo> logo;
    private final RgbColor primaryColor;
    private final RgbColor accentColor;
    private final BrandFonts fonts;
    private final List<String> contactLines;
    private final List<String> footerMentions;
    private final Optional<String> paymentInstructions;
    private final Locale locale;
    private final Map<String, String> labels;

    private Branding(Builder b) {
        this.company = b.company;
        this.logo = b.logo;
        this.primaryColor = b.primaryColor;
        this.accentColor = b.accentColor;
        this.fonts = b.fonts;
        this.contactLines = List.copyOf(b.contactLines);
        this.footerMentions = List.copyOf(b.footerMentions);
        this.paymentInstructions = b.paymentInstructions;
        this.locale = b.locale;
        this.labels = Map.copyOf(b.labels);
    }

    /**
     * Starts a branding for a company.
     *
     * @param company the company whose documents are branded, usually the seller of the invoices
     * @return a builder
     */
    public static Builder builder(Party company) {
        return new Builder(company);
    }

    /**
     * Returns the default branding of a company: no logo, default colours and fonts, French labels.
     *
     * @param company the company
     * @return the branding
     */
    public static Branding of(Party company) {
        return builder(company).build();
    }

    /**
     * Returns a builder initialised with this branding, to build a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(company);
        b.logo = logo;
        b.primaryColor = primaryColor;
        b.accentColor = accentColor;
        b.fonts = fonts;
        b.contactLines.addAll(contactLines);
        b.footerMentions.addAll(footerMentions);
        b.paymentInstructions = paymentInstructions;
        b.locale = locale;
        b.labels.putAll(labels);
        return b;
    }

    /**
     * Returns a copy of this branding in another language.
     *
     * @param newLocale the language and formats of the documents
     * @return the branding
     */
    public Branding withLocale(Locale newLocale) {
        return toBuilder().locale(newLocale).build();
    }

    /**
     * Returns the company.
     *
     * @return the company
     */
    public Party company() {
        return company;
    }

    /**
     * Returns the logo.
     *
     * @return the logo, if any
     */
    public Optional<Logo> logo() {
        return logo;
    }

    /**
     * Returns the primary colour: the company name, titles and table headers.
     *
     * @return the colour
     */
    public RgbColor primaryColor() {
        return primaryColor;
    }

    /**
     * Returns the accent colour: the amount due and the payment block.
     *
     * @return the colour
     */
    public RgbColor accentColor() {
        return accentColor;
    }

    /**
     * Returns the fonts.
     *
     * @return the fonts
     */
    public BrandFonts fonts() {
        return fonts;
    }

    /**
     * Returns the lines of the contact block printed under the company name; empty to derive them from the party.
     *
     * @return the lines, possibly empty
     */
    public List<String> contactLines() {
        return contactLines;
    }

    /**
     * Returns the legal mentions printed in the footer of every page; empty to derive them from the party.
     *
     * @return the mentions, possibly empty
     */
    public List<String> footerMentions() {
        return footerMentions;
    }

    /**
     * Returns the payment instructions text printed in the payment block, such as opening hours of a help line.
     *
     * @return the text, if any
     */
    public Optional<String> paymentInstructions() {
        return paymentInstructions;
    }

    /**
     * Returns the language and formats of the documents.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the labels that replace those of the resource bundle, by key.
     *
     * @return the labels, possibly empty
     */
    public Map<String, String> labels() {
        return labels;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Branding)) {
            return false;
        }
        Branding b = (Branding) o;
        return company.equals(b.company)
                && logo.equals(b.logo)
                && primaryColor.equals(b.primaryColor)
                && accentColor.equals(b.accentColor)
                && fonts.equals(b.fonts)
                && contactLines.equals(b.contactLines)
                && footerMentions.equals(b.footerMentions)
                && paymentInstructions.equals(b.paymentInstructions)
                && locale.equals(b.locale)
                && labels.equals(b.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                company,
                logo,
                primaryColor,
                accentColor,
                fonts,
                contactLines,
                footerMentions,
                paymentInstructions,
                locale,
                labels);
    }

    @Override
    public String toString() {
        return "Branding[" + company.legalName() + ", " + locale + ", logo " + logo.map(Logo::format) + "]";
    }

    /** Builds a {@link Branding}. */
    public static final class Builder {
        private final Party company;
        private Optional<Logo> logo = Optional.empty();
        private RgbColor primaryColor = new RgbColor(0x1F, 0x3A, 0x5F);
        private RgbColor accentColor = new RgbColor(0xC8, 0x5A, 0x17);
        private BrandFonts fonts = BrandFonts.defaults();
        private final List<String> contactLines = new ArrayList<>();
        private final List<String> footerMentions = new ArrayList<>();
        private Optional<String> paymentInstructions = Optional.empty();
        private Locale locale = Locale.FRANCE;
        private final Map<String, String> labels = new TreeMap<>();

        private Builder(Party company) {
            this.company = Objects.requireNonNull(company, "company");
        }

        /**
         * Sets the logo.
         *
         * @param value the logo
         * @return this builder
         */
        public Builder logo(Logo value) {
            this.logo = Optional.of(Objects.requireNonNull(value, "logo"));
            return this;
        }

        /**
         * Sets the primary colour.
         *
         * @param value the colour
         * @return this builder
         */
        public Builder primaryColor(RgbColor value) {
            this.primaryColor = Objects.requireNonNull(value, "primaryColor");
            return this;
        }

        /**
         * Sets the accent colour.
         *
         * @param value the colour
         * @return this builder
         */
        public Builder accentColor(RgbColor value) {
            this.accentColor = Objects.requireNonNull(value, "accentColor");
            return this;
        }

        /**
         * Sets the fonts.
         *
         * @param value the fonts
         * @return this builder
         */
        public Builder fonts(BrandFonts value) {
            this.fonts = Objects.requireNonNull(value, "fonts");
            return this;
        }

        /**
         * Adds a line to the contact block; once one is added, the block is no longer derived from the party.
         *
         * @param line the line, such as {@code "Tél. 04 72 00 12 34"}
         * @return this builder
         */
        public Builder contactLine(String line) {
            contactLines.add(Objects.requireNonNull(line, "contactLine"));
            return this;
        }

        /**
         * Adds a legal mention to the footer; once one is added, the footer is no longer derived from the party.
         *
         * @param mention the mention, such as {@code "SARL au capital de 20 000 EUR, RCS Lyon 812 345 676"}
         * @return this builder
         */
        public Builder footerMention(String mention) {
            footerMentions.add(Objects.requireNonNull(mention, "footerMention"));
            return this;
        }

        /**
         * Sets the payment instructions text of the payment block.
         *
         * @param text the text
         * @return this builder
         */
        public Builder paymentInstructions(String text) {
            this.paymentInstructions = Optional.of(Objects.requireNonNull(text, "paymentInstructions"));
            return this;
        }

        /**
         * Sets the language and formats (French by default).
         *
         * @param value the locale
         * @return this builder
         */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Replaces one label of the resource bundle, such as {@code label("invoice.title", "Note d'honoraires")}.
         *
         * @param key the label's key in {@value Branding#LABELS_BUNDLE}
         * @param text the text
         * @return this builder
         */
        public Builder label(String key, String text) {
            labels.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Builds the branding.
         *
         * @return the branding
         */
        public Branding build() {
            return new Branding(this);
        }
    }
}
