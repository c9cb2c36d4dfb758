package se.uppdrag.platform.validation;

/** Swedish organisation numbers: 10 digits, third digit at least 2, last digit a Luhn check over the first nine. */
public final class OrganisationNumbers {

    private OrganisationNumbers() {}

    public static boolean isValid(String number) {
        return number != null && number.matches("[0-9]{10}") && number.charAt(2) >= '2' && Luhn.isValid(number);
    }
}
