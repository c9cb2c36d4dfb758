package se.uppdrag.invoicing.domain;

import se.uppdrag.platform.validation.Luhn;

/**
 * Bankgirot OCR payment references: digits only, 2 to 25 long, with a length digit ((length including both added
 * digits) mod 10) and then a Luhn check digit over everything before it.
 */
public final class OcrReference {

    private OcrReference() {}

    public static String of(long serial) {
        String base = Long.toString(serial);
        String withLength = base + ((base.length() + 2) % 10);
        return withLength + Luhn.checkDigit(withLength);
    }

    public static boolean isValid(String ocr) {
        if (ocr == null || !ocr.matches("[0-9]{2,25}") || !Luhn.isValid(ocr)) {
            return false;
        }
        return ocr.length() < 3 || ocr.charAt(ocr.length() - 2) - '0' == ocr.length() % 10;
    }
}
