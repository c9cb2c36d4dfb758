package se.uppdrag.portal.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The form token against cross-site request forgery: a random value in an HttpOnly, SameSite=Strict cookie that every
 * form (hidden field {@value #FIELD}) and every htmx request (header {@value #HEADER}) sends back. A page of another
 * site can neither read the cookie nor set the header, so it cannot forge a matching request (double-submit cookie).
 */
@ApplicationScoped
public class CsrfTokens {

    public static final String COOKIE = "uppdrag-csrf";
    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "_csrf";
    private static final String KEY = CsrfTokens.class.getName();
    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** This browser's token: the one its cookie holds, or a new one sent as a cookie with this response. */
    public String tokenFor(RoutingContext routing) {
        String token = routing.get(KEY);
        if (token == null) {
            token = fromCookie(routing.request());
            if (token == null) {
                token = newToken();
                Cookie cookie = Cookie.cookie(COOKIE, token)
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT)
                        .setSecure(routing.request().isSSL());
                routing.response().addCookie(cookie);
            }
            routing.put(KEY, token);
        }
        return token;
    }

    /** Whether the token sent with a request is this browser's. */
    public boolean matches(HttpServerRequest request, String sent) {
        String expected = fromCookie(request);
        return expected != null
                && sent != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    private static String fromCookie(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        String value = cookie.getValue();
        try {
            return Base64.getUrlDecoder().decode(value).length == BYTES ? value : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String newToken() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
