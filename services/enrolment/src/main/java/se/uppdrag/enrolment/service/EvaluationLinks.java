package se.uppdrag.enrolment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The participant's link to an evaluation: the invitation's id and its HMAC-SHA256 under the service's key, so a link
 * cannot be made up or altered, and the service can write it again for the reminder without keeping it.
 */
@ApplicationScoped
public class EvaluationLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int ID_LENGTH = 22; // 16 bytes, base64url without padding
    private static final int MAC_LENGTH = 43; // 32 bytes

    @Inject
    EnrolmentConfig config;

    /** The token for an invitation. */
    public String token(UUID invitation) {
        byte[] id = bytes(invitation);
        return ENCODER.encodeToString(id) + "." + ENCODER.encodeToString(mac(id));
    }

    /** The link a participant follows. */
    public String link(UUID invitation) {
        return config.evaluations().linkBase() + token(invitation);
    }

    /** The invitation a token names, if it is one this service signed; anything else is nothing. */
    public Optional<UUID> invitation(String token) {
        if (token == null || token.length() != ID_LENGTH + 1 + MAC_LENGTH || token.charAt(ID_LENGTH) != '.') {
            return Optional.empty();
        }
        try {
            byte[] id = DECODER.decode(token.substring(0, ID_LENGTH));
            byte[] given = DECODER.decode(token.substring(ID_LENGTH + 1));
            if (id.length != 16 || !MessageDigest.isEqual(mac(id), given)) {
                return Optional.empty();
            }
            ByteBuffer buffer = ByteBuffer.wrap(id);
            return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16)
                .putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits())
                .array();
    }

    private byte[] mac(byte[] id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(
                    config.evaluations().signingKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(id);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
