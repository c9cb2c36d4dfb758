package se.uppdrag.platform.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: their roles and the organisation their token's {@code org} claim names. Every read and write of
 * organisation-owned data is scoped by {@link #organisation()}.
 */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "org";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * Whose data the caller sees, if anyone's: for public reads that show more to some callers. Empty for an anonymous
     * caller, or a token naming no organisation or no role that sees one's data.
     */
    public Optional<Viewer> optionalViewer() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (hasRole(Roles.OPERATOR)) {
            return Optional.of(Viewer.operator());
        }
        Optional<String> org = optionalOrganisation();
        if (org.isEmpty()) {
            return Optional.empty();
        }
        if (hasRole(Roles.UNIVERSITY) || hasRole(Roles.FINANCE)) {
            return Optional.of(Viewer.university(org.get()));
        }
        return hasRole(Roles.EMPLOYER) ? Optional.of(Viewer.employer(org.get())) : Optional.empty();
    }

    /** The caller's organisation number, if the token names one. */
    public Optional<String> optionalOrganisation() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(ORG_CLAIM);
        String org = claim == null ? null : claim.toString().replace("\"", "").trim();
        return org == null || org.isEmpty() ? Optional.empty() : Optional.of(org);
    }

    /**
     * Whose data the caller sees: an operator everyone's; a university's administrators and finance staff their
     * university's; an employer's HR its own. Another role, or a token without an organisation, is refused (403).
     */
    public Viewer viewer() {
        if (hasRole(Roles.OPERATOR)) {
            return Viewer.operator();
        }
        if (hasRole(Roles.UNIVERSITY) || hasRole(Roles.FINANCE)) {
            return Viewer.university(organisation());
        }
        if (hasRole(Roles.EMPLOYER)) {
            return Viewer.employer(organisation());
        }
        throw new ForbiddenException("The token's roles see no organisation's data");
    }

    /** The caller's organisation number; a token without one cannot act for an organisation (403). */
    public String organisation() {
        return optionalOrganisation()
                .orElseThrow(() -> new ForbiddenException("The token names no organisation (claim 'org')"));
    }
}
