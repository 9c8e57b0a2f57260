package org.echeance.core.invoice;

import java.util.Objects;
import java.util.regex.Pattern;
import org.echeance.core.validation.ValidationException;

/**
 * A unit of measure from UN/ECE Recommendation 20 (with Rec 21 packaging codes): EN 16931 BT-130 and BT-150.
 *
 * <p>Codes are one to three upper-case letters or digits; the common ones have constants. The full code list is
 * checked by the e-invoice module against the official list (BR-CL-23).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the code, such as {@code "HUR"}
 */
public record UnitCode(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,3}");

    /** One (unit), C62. */
    public static final UnitCode ONE = new UnitCode("C62");
    /** Piece, H87. */
    public static final UnitCode PIECE = new UnitCode("H87");
    /** Hour, HUR. */
    public static final UnitCode HOUR = new UnitCode("HUR");
    /** Day, DAY. */
    public static final UnitCode DAY = new UnitCode("DAY");
    /** Week, WEE. */
    public static final UnitCode WEEK = new UnitCode("WEE");
    /** Month, MON. */
    public static final UnitCode MONTH = new UnitCode("MON");
    /** Year, ANN. */
    public static final UnitCode YEAR = new UnitCode("ANN");
    /** Kilogram, KGM. */
    public static final UnitCode KILOGRAM = new UnitCode("KGM");
    /** Litre, LTR. */
    public static final UnitCode LITRE = new UnitCode("LTR");
    /** Metre, MTR. */
    public static final UnitCode METRE = new UnitCode("MTR");
    /** Kilowatt hour, KWH. */
    public static final UnitCode KILOWATT_HOUR = new UnitCode("KWH");
    /** Package, XPP (Rec 21). */
    public static final UnitCode PACKAGE = new UnitCode("XPP");

    /**
     * Creates a unit code, checking its syntax.
     *
     * @throws ValidationException if the code is not one to three upper-case letters or digits (BR-CL-23)
     */
    public UnitCode {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw ValidationException.of(
                    "BR-CL-23", "unitCode", "\"" + code + "\" is not a UN/ECE Recommendation 20 unit code");
        }
    }

    /**
     * Returns the unit of a code.
     *
     * @param code the code
     * @return the unit
     */
    public static UnitCode of(String code) {
        return new UnitCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
