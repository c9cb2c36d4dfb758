package se.uppdrag.platform.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer, day + 60), written
 * YYYYMMDD-NNNN: a real date and a Luhn check digit over the last ten digits. Never log one.
 */
public final class PersonalIdentityNumbers {

    /** Birth dates are Swedish dates: "born in the future" is judged by Swedish time. */
    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private PersonalIdentityNumbers() {}

    public static boolean isValid(String number) {
        if (number == null || !number.matches("(19|20)[0-9]{6}-[0-9]{4}")) {
            return false;
        }
        int year = Integer.parseInt(number.substring(0, 4));
        int month = Integer.parseInt(number.substring(4, 6));
        int day = Integer.parseInt(number.substring(6, 8));
        if (day > 60) {
            day -= 60;
        }
        try {
            if (LocalDate.of(year, month, day).isAfter(LocalDate.now(SWEDEN))) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return Luhn.isValid(number.substring(2, 8) + number.substring(9));
    }
}
