package se.uppdrag.invoicing.domain.bankfile;

/** The file cannot be read as a whole; {@code location} names the line or element at fault. */
public class MalformedBankFile extends RuntimeException {

    private final String location;

    public MalformedBankFile(String location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return getMessage().substring(location.length() + 2);
    }
}
