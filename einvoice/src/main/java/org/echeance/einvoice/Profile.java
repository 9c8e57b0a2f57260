package org.echeance.einvoice;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An e-invoice profile: the one value that decides the specification identifier (BT-24), the business
 * process (BT-23), the Factur-X XMP conformance level and which business terms a written document may carry.
 *
 * <p>Every business term (BT-xx) or group (BG-xx) a writer is about to emit is asked of the profile:
 *
 * <ul>
 *   <li>{@link #allows(String)}: the profile carries it, it is written;
 *   <li>{@link #omitsByRule(String)}: the profile summarises it elsewhere and never carries it, it is left out
 *       silently. Only the reduced Factur-X profiles do this: MINIMUM and BASIC WL carry no lines (BG-25),
 *       MINIMUM also carries no VAT breakdown (BG-23), no document allowances or charges (BG-20, BG-21), no
 *       line, allowance or charge totals (BT-106 to BT-108), no prepaid or rounding amount (BT-113, BT-114;
 *       the amount due BT-115 still includes them) and of the postal addresses only the seller's country;
 *   <li>otherwise the term is forbidden: writing an invoice that has it fails with a
 *       {@link ProfileViolationException} naming the term and the profile (for example a seller contact BG-6 in
 *       BASIC, or notes BG-1 in MINIMUM).
 * </ul>
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Profile {
    /** Factur-X MINIMUM: header and totals only, not an EN 16931 invoice (CII only). */
    MINIMUM(
            "urn:factur-x.eu:1p0:minimum",
            null,
            "MINIMUM",
            EnumSet.of(Syntax.CII),
            Terms.MINIMUM_OMITTED,
            Terms.MINIMUM_FORBIDDEN),
    /** Factur-X BASIC WL: header, VAT breakdown and totals without lines, not an EN 16931 invoice (CII only). */
    BASIC_WL(
            "urn:factur-x.eu:1p0:basicwl",
            null,
            "BASIC WL",
            EnumSet.of(Syntax.CII),
            Terms.LINES,
            Terms.EN16931_ONLY_HEADER),
    /** Factur-X BASIC: a compliant subset of EN 16931 with simple lines (CII only). */
    BASIC(
            "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic",
            null,
            "BASIC",
            EnumSet.of(Syntax.CII),
            Set.of(),
            Terms.union(Terms.EN16931_ONLY_HEADER, Terms.EN16931_ONLY_LINE)),
    /** EN 16931 core invoice: Factur-X EN 16931 in CII, the plain CEN invoice in UBL. */
    EN_16931("urn:cen.eu:en16931:2017", null, "EN 16931", EnumSet.of(Syntax.CII, Syntax.UBL), Set.of(), Set.of()),
    /** Factur-X EXTENDED: a conformant extension of EN 16931 (CII only). */
    EXTENDED(
            "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended",
            null,
            "EXTENDED",
            EnumSet.of(Syntax.CII),
            Set.of(),
            Set.of()),
    /**
     * Peppol BIS Billing 3.0, a CIUS of EN 16931 (UBL only): invoices that break a Peppol rule their data decides
     * (electronic addresses, buyer reference, one note...) are refused, see {@link UblWriter}.
     */
    PEPPOL_BIS_3(
            "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
            "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0",
            null,
            EnumSet.of(Syntax.UBL),
            Set.of(),
            Set.of());

    private final String specificationId;
    private final String businessProcess;
    private final String conformanceLevel;
    private final Set<Syntax> syntaxes;
    private final Set<String> omitted;
    private final Set<String> forbidden;

    Profile(
            String specificationId,
            String businessProcess,
            String conformanceLevel,
            Set<Syntax> syntaxes,
            Set<String> omitted,
            Set<String> forbidden) {
        this.specificationId = specificationId;
        this.businessProcess = businessProcess;
        this.conformanceLevel = conformanceLevel;
        this.syntaxes = Set.copyOf(syntaxes);
        this.omitted = omitted;
        this.forbidden = forbidden;
    }

    /**
     * Returns the specification identifier (BT-24): the CII {@code GuidelineSpecifiedDocumentContextParameter}
     * or the UBL {@code CustomizationID}.
     *
     * @return the identifier, such as {@code "urn:cen.eu:en16931:2017"}
     */
    public String specificationId() {
        return specificationId;
    }

    /**
     * Returns the business process type (BT-23) the profile imposes: the UBL {@code ProfileID} of Peppol BIS 3.
     *
     * @return the business process identifier, empty when the profile imposes none
     */
    public Optional<String> businessProcess() {
        return Optional.ofNullable(businessProcess);
    }

    /**
     * Returns the Factur-X XMP conformance level ({@code fx:ConformanceLevel}) of a PDF embedding this profile.
     *
     * @return {@code MINIMUM}, {@code BASIC WL}, {@code BASIC}, {@code EN 16931} or {@code EXTENDED}; empty for
     *     a profile that is not a Factur-X profile
     */
    public Optional<String> facturXConformanceLevel() {
        return Optional.ofNullable(conformanceLevel);
    }

    /**
     * Checks if documents of this profile may be written in a syntax.
     *
     * @param syntax the syntax
     * @return true if the profile exists in that syntax
     */
    public boolean supports(Syntax syntax) {
        return syntaxes.contains(Objects.requireNonNull(syntax, "syntax"));
    }

    /**
     * Checks if documents of this profile are complete EN 16931 invoices (MINIMUM and BASIC WL are not).
     *
     * @return true if the EN 16931 rules apply to the written document
     */
    public boolean isEn16931Compliant() {
        return this != MINIMUM && this != BASIC_WL;
    }

    /**
     * Checks if documents of this profile carry invoice lines (BG-25).
     *
     * @return false for MINIMUM and BASIC WL
     */
    public boolean carriesLines() {
        return allows("BG-25");
    }

    /**
     * Checks if the profile carries a business term or group.
     *
     * @param term the EN 16931 identifier, such as {@code "BT-20"} or {@code "BG-6"}
     * @return true if the term is written when the invoice has it
     */
    public boolean allows(String term) {
        Objects.requireNonNull(term, "term");
        return !omitted.contains(term) && !forbidden.contains(term);
    }

    /**
     * Checks if the profile leaves a business term or group out by rule, silently, because it summarises it
     * elsewhere (the lines of MINIMUM and BASIC WL, for example).
     *
     * @param term the EN 16931 identifier, such as {@code "BG-25"}
     * @return true if the term is omitted without error
     */
    public boolean omitsByRule(String term) {
        return omitted.contains(Objects.requireNonNull(term, "term"));
    }

    /**
     * Returns the profile of a specification identifier (BT-24), as found in a document.
     *
     * <p>Besides the identifiers of {@link #specificationId()}, the ZUGFeRD 2 spellings of the same profiles
     * ({@code urn:zugferd.de:2p0:minimum}, {@code …:basicwl}, {@code …#compliant#urn:zugferd.de:2p0:basic},
     * {@code …#conformant#urn:zugferd.de:2p0:extended}) are recognised. Surrounding white space is ignored.
     *
     * @param specificationId the identifier read from the document
     * @return the profile, empty if the identifier is not one Echeance knows
     */
    public static Optional<Profile> fromSpecificationId(String specificationId) {
        String id = Objects.requireNonNull(specificationId, "specificationId").strip();
        Optional<Profile> exact = Arrays.stream(values())
                .filter(p -> p.specificationId.equals(id))
                .findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        switch (id) {
            case "urn:zugferd.de:2p0:minimum":
                return Optional.of(MINIMUM);
            case "urn:zugferd.de:2p0:basicwl":
                return Optional.of(BASIC_WL);
            case "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic":
                return Optional.of(BASIC);
            case "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended":
                return Optional.of(EXTENDED);
            default:
                return Optional.empty();
        }
    }

    /** The business terms each reduced profile leaves out or forbids, from the Factur-X 1.0.7 to 1.09 profile schemas. */
    private static final class Terms {
        /** The invoice lines and everything inside them. */
        static final Set<String> LINES = Set.of(
                "BG-25", "BG-26", "BG-27", "BG-28", "BG-29", "BG-30", "BG-31", "BG-32", "BT-126", "BT-127", "BT-128",
                "BT-129", "BT-130", "BT-131", "BT-132", "BT-133", "BT-134", "BT-135", "BT-136", "BT-137", "BT-138",
                "BT-139", "BT-140", "BT-141", "BT-142", "BT-143", "BT-144", "BT-145", "BT-146", "BT-147", "BT-148",
                "BT-149", "BT-150", "BT-151", "BT-152", "BT-153", "BT-154", "BT-155", "BT-156", "BT-157", "BT-158",
                "BT-159", "BT-160", "BT-161");

        /** Header terms that only EN 16931 and EXTENDED carry (not BASIC WL, not BASIC). */
        static final Set<String> EN16931_ONLY_HEADER = Set.of(
                "BT-11", // project reference
                "BT-14", // sales order reference
                "BT-15", // receiving advice reference
                "BG-24", // additional supporting documents
                "BT-17", // tender or lot reference
                "BT-18", // invoiced object identifier
                "BT-33", // seller additional legal information
                "BG-6", // seller contact
                "BG-9", // buyer contact
                "BT-82", // payment means text
                "BT-85", // payment account name
                "BT-86", // payment service provider (BIC)
                "BG-18", // payment card
                "BT-114"); // rounding amount

        /** Line terms that only EN 16931 and EXTENDED carry (not BASIC). */
        static final Set<String> EN16931_ONLY_LINE = Set.of(
                "BT-128", // line object identifier
                "BT-132", // referenced purchase order line
                "BT-133", // buyer accounting reference
                "BT-154", // item description
                "BT-155", // seller's item identifier
                "BT-156", // buyer's item identifier
                "BT-158", // item classification
                "BT-159", // country of origin
                "BG-32"); // item attributes

        /** What MINIMUM summarises in the totals it carries. */
        static final Set<String> MINIMUM_OMITTED = union(
                LINES,
                Set.of(
                        "BG-20", "BG-21", "BG-23", "BT-106", "BT-107", "BT-108", "BT-113", "BT-114", "BT-35", "BT-36",
                        "BT-162", "BT-37", "BT-38", "BT-39", "BG-8", "BT-50", "BT-51", "BT-163", "BT-52", "BT-53",
                        "BT-54", "BT-55"));

        /** What MINIMUM does not carry and cannot summarise. */
        static final Set<String> MINIMUM_FORBIDDEN = union(
                EN16931_ONLY_HEADER,
                Set.of(
                        "BG-1", "BT-21", "BT-22", // notes
                        "BG-3", "BT-25", "BT-26", // preceding invoice
                        "BT-6", "BT-111", // tax currency
                        "BT-7", "BT-8", "BT-9", // tax point date, its code, due date
                        "BT-12", "BT-16", "BT-19", "BT-20", // contract, despatch advice, accounting ref, terms
                        "BT-28", "BT-29", "BT-34", // seller trading name, identifier, electronic address
                        "BT-45", // buyer trading name
                        "BT-46", "BT-49", // buyer identifier, electronic address
                        "BG-10", "BG-11", "BG-13", "BG-14", "BG-15", // payee, tax rep, delivery, period
                        "BT-70", "BT-71", "BT-72", // deliver-to name, location, delivery date
                        "BG-16", "BG-17", "BG-19", "BT-81", "BT-83", "BT-84", "BT-89", "BT-90", "BT-91"));

        private Terms() {}

        static Set<String> union(Set<String> first, Set<String> second) {
            return Stream.concat(first.stream(), second.stream()).collect(Collectors.toUnmodifiableSet());
        }
    }
}
