package se.uppdrag.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A member of the employer's staff named for a seat (a deltagare); names and number on one line, as every list shows them. */
@Embeddable
public record Participant(
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[^\\r\\n]*", message = "must be on one line")
        @Column(name = "given_name")
        String givenName,

        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[^\\r\\n]*", message = "must be on one line")
        @Column(name = "family_name")
        String familyName,

        @NotBlank @Email @Size(max = 254) @Column(name = "email")
        String email,

        @NotBlank
        @Size(max = 50)
        @Pattern(regexp = "[^\\r\\n]*", message = "must be on one line")
        @Column(name = "employee_number")
        String employeeNumber,

        @Size(max = 13) @Column(name = "personal_identity_number")
        String personalIdentityNumber,

        @Size(max = 100) @Pattern(regexp = "[^\\r\\n]*", message = "must be on one line") @Column(name = "cost_centre")
        String costCentre) {

    public Participant withoutIdentityNumber() {
        return new Participant(givenName, familyName, email, employeeNumber, null, costCentre);
    }

    /** This participant charged to its own cost centre, if it names one, or else to the given one. */
    public Participant chargedTo(String fallbackCostCentre) {
        String own = costCentre == null || costCentre.isBlank() ? fallbackCostCentre : costCentre.strip();
        return new Participant(givenName, familyName, email, employeeNumber, personalIdentityNumber, own);
    }

    /** Never prints the personal identity number, wherever a participant ends up in a log. */
    @Override
    public String toString() {
        return givenName + " " + familyName + " (" + employeeNumber + ")";
    }
}
