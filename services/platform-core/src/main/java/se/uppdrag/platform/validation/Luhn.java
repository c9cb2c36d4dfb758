package se.uppdrag.platform.validation;

/** The mod-10 check digit used by organisation numbers, personal identity numbers and OCR references. */
public final class Luhn {

    private Luhn() {}

    /** True when the last digit is the Luhn check digit of the ones before it. */
    public static boolean isValid(String digits) {
        if (digits == null || digits.length() < 2 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
    }

    /** The digit that, appended to {@code digits}, makes a valid Luhn number. */
    public static int checkDigit(String digits) {
        int sum = 0;
        boolean doubleIt = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit string: " + digits);
            }
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
