package se.uppdrag.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Real RS256-signed tokens shaped like Keycloak's (realm roles under realm_access, the org claim), signed with a
 * key pair made for this test run. The service under test verifies them with quarkus-oidc against the public key,
 * exactly as it verifies Keycloak's, with no token server in between.
 */
public final class TestTokens {

    public static final String ISSUER = "https://uppdrag.test/realms/uppdrag";
    /** The audience every service requires (quarkus.oidc.token.audience); the realm's clients put it in their tokens. */
    public static final String AUDIENCE = "uppdrag";

    private static final KeyPair KEYS = generate();

    private TestTokens() {}

    /** What the service's OIDC configuration needs to trust these tokens. */
    public static Map<String, String> oidcConfig() {
        return Map.of(
                "quarkus.oidc.public-key",
                Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer",
                ISSUER);
    }

    public static String university(String org) {
        return token("university-" + org, "university", org);
    }

    public static String employer(String org) {
        return token("employer-" + org, "employer", org);
    }

    public static String finance(String org) {
        return token("finance-" + org, "finance", org);
    }

    public static String operator() {
        return token("ops", "operator", null);
    }

    public static String token(String user, String role, String org) {
        return claims(user, role, org).sign(KEYS.getPrivate());
    }

    public static String expired(String user, String role, String org) {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        return claims(user, role, org)
                .issuedAt(past)
                .expiresAt(past.plusSeconds(60))
                .sign(KEYS.getPrivate());
    }

    public static String wrongIssuer(String user, String role, String org) {
        return claims(user, role, org)
                .issuer("https://elsewhere.test/realms/uppdrag")
                .sign(KEYS.getPrivate());
    }

    /** Meant for another application of the same realm: right issuer and key, wrong audience. */
    public static String wrongAudience(String user, String role, String org) {
        return claims(user, role, org).audience("account").sign(KEYS.getPrivate());
    }

    /** Signed by a key the service has never seen. */
    public static String foreignSignature(String user, String role, String org) {
        return claims(user, role, org).sign(generate().getPrivate());
    }

    private static JwtClaimsBuilder claims(String user, String role, String org) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user)
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(Duration.ofMinutes(30));
        return org == null ? claims : claims.claim("org", org);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
