package se.uppdrag.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.uppdrag.agreement.domain.NotificationContacts;
import se.uppdrag.agreement.domain.Organisation;
import se.uppdrag.agreement.domain.OrganisationKind;
import se.uppdrag.agreement.repository.OrganisationRepository;
import se.uppdrag.platform.errors.Problem.FieldError;
import se.uppdrag.platform.errors.ProblemException;
import se.uppdrag.platform.repository.PageOf;
import se.uppdrag.platform.security.Viewer;
import se.uppdrag.platform.validation.Luhn;
import se.uppdrag.platform.validation.OrganisationNumbers;

/** Organisations are registered by operators and read by anyone signed in. */
@ApplicationScoped
public class OrganisationService {

    private static final Logger LOG = Logger.getLogger(OrganisationService.class);

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    @Transactional
    public Organisation register(OrganisationRequest details) {
        requireValid(details);
        if (organisations.findByIdOptional(details.orgNumber()).isPresent()) {
            throw ProblemException.conflict("Organisation " + details.orgNumber() + " is already registered");
        }
        Organisation organisation = new Organisation();
        organisation.orgNumber = details.orgNumber();
        organisation.kind = details.kind();
        organisation.createdAt = Instant.now(clock);
        apply(organisation, details);
        organisations.persist(organisation);
        LOG.infof("Registered %s %s (%s)", organisation.kind, organisation.orgNumber, organisation.name);
        return organisation;
    }

    /**
     * Changes an organisation's name, buyer type, address, Peppol endpoint or bankgiro. Its number and kind stay: they
     * identify it and decide the agreements it can be party to. Agreements already in force keep the details their
     * accepted terms carried; the next version (an amendment, a new agreement) takes the new ones.
     */
    @Transactional
    public Organisation update(String orgNumber, OrganisationRequest details) {
        Organisation organisation = organisations
                .findByIdOptional(orgNumber)
                .orElseThrow(() -> ProblemException.notFound("organisation", orgNumber));
        if (!orgNumber.equals(details.orgNumber())) {
            throw ProblemException.invalidField(
                    "orgNumber", "must be the organisation number of the path, " + orgNumber);
        }
        requireValid(details);
        if (details.kind() != organisation.kind) {
            throw ProblemException.conflict("Organisation " + orgNumber + " is registered as " + organisation.kind
                    + "; its kind cannot change");
        }
        apply(organisation, details);
        LOG.infof("Changed the details of %s %s (%s)", organisation.kind, organisation.orgNumber, organisation.name);
        return organisation;
    }

    private static void requireValid(OrganisationRequest details) {
        List<FieldError> errors = problems(details);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Organisation organisation, OrganisationRequest details) {
        organisation.name = details.name().trim();
        organisation.buyerType = details.buyerType();
        organisation.address = details.address();
        organisation.peppolEndpoint = details.peppolEndpoint();
        organisation.bankgiro = details.bankgiro() == null ? null : normaliseBankgiro(details.bankgiro());
    }

    /** An organisation's notification addresses: its own people's and the operator's to read, nobody else's. */
    @Transactional
    public Optional<Organisation> notifications(Viewer viewer, String orgNumber) {
        return organisations
                .findByIdOptional(orgNumber)
                .filter(o -> viewer.isOperator() || orgNumber.equals(viewer.organisation()));
    }

    /**
     * Replaces where the organisation wants notices: its own people or the operator. A role the organisation does
     * not have (HR at a university, finance at an employer) is refused naming the field.
     */
    @Transactional
    public Optional<Organisation> setNotifications(Viewer viewer, String orgNumber, NotificationsRequest request) {
        Optional<Organisation> found = notifications(viewer, orgNumber);
        found.ifPresent(o -> {
            boolean university = o.is(OrganisationKind.UNIVERSITY);
            List<FieldError> errors = new ArrayList<>();
            if (university && request.employer() != null && !request.employer().isEmpty()) {
                errors.add(
                        new FieldError("employer", "is for employers and funders; " + orgNumber + " is a university"));
            }
            if (!university
                    && request.university() != null
                    && !request.university().isEmpty()) {
                errors.add(new FieldError("university", "is for universities; " + orgNumber + " is not one"));
            }
            if (!university && request.finance() != null && !request.finance().isEmpty()) {
                errors.add(
                        new FieldError("finance", "is for universities' finance staff; " + orgNumber + " is not one"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            o.notifications = new NotificationContacts(
                    request.language(),
                    distinct(request.employer()),
                    distinct(request.university()),
                    distinct(request.finance()));
            LOG.infof("Notification addresses of %s changed", orgNumber);
        });
        return found;
    }

    private static List<String> distinct(List<String> addresses) {
        return addresses == null
                ? List.of()
                : addresses.stream().map(String::strip).distinct().toList();
    }

    @Transactional
    public Organisation get(String orgNumber) {
        return organisations
                .findByIdOptional(orgNumber)
                .orElseThrow(() -> ProblemException.notFound("organisation", orgNumber));
    }

    /** By name; {@code text} matches a part of the name or the start of the organisation number. */
    @Transactional
    public PageOf<Organisation> list(String text, OrganisationKind kind, int page, int size) {
        return organisations.list(text, kind, page, size);
    }

    static List<FieldError> problems(OrganisationRequest details) {
        List<FieldError> errors = new ArrayList<>();
        String number = details.orgNumber();
        if (!OrganisationNumbers.isValid(number)) {
            boolean personal = number.matches("[0-9]{10}") && number.charAt(2) < '2' && Luhn.isValid(number);
            errors.add(
                    new FieldError(
                            "orgNumber",
                            personal
                                    ? "is a personal identity number: commissioned education is bought by legal persons only"
                                    : "is not a valid Swedish organisation number (10 digits, third at least 2, Luhn check digit)"));
        }
        if (details.kind() != OrganisationKind.UNIVERSITY && details.buyerType() == null) {
            errors.add(new FieldError(
                    "buyerType",
                    "is required for an " + details.kind().name().toLowerCase(Locale.ROOT)
                            + ": it decides the VAT of its invoices"));
        }
        if (details.kind() == OrganisationKind.UNIVERSITY) {
            if (details.bankgiro() == null) {
                errors.add(new FieldError("bankgiro", "is required for a university: invoices are paid to it"));
            } else if (!validBankgiro(details.bankgiro())) {
                errors.add(new FieldError(
                        "bankgiro", "is not a valid bankgiro number (7 or 8 digits with a check digit)"));
            }
        } else if (details.bankgiro() != null && !validBankgiro(details.bankgiro())) {
            errors.add(new FieldError("bankgiro", "is not a valid bankgiro number (7 or 8 digits with a check digit)"));
        }
        return errors;
    }

    static boolean validBankgiro(String bankgiro) {
        String digits = bankgiro.replace("-", "");
        return bankgiro.matches("[0-9]{3,4}-?[0-9]{4}") && Luhn.isValid(digits);
    }

    /** Bankgiro numbers are written with a dash before the last four digits. */
    static String normaliseBankgiro(String bankgiro) {
        String digits = bankgiro.replace("-", "");
        return digits.substring(0, digits.length() - 4) + "-" + digits.substring(digits.length() - 4);
    }
}
