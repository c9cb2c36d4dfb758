package se.uppdrag.portal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Building the portal's own links safely. */
final class Links {

    private Links() {}

    /** A path on this site to go back to; anything else (another site, a scheme-relative URL) becomes the start page. */
    static String local(String path) {
        if (path == null
                || !path.startsWith("/")
                || path.startsWith("//")
                || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }

    /** A query string of the non-empty parameters, in the order given (e.g. a list's filters, for its paging links). */
    static String query(Map<String, ?> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    static Map<String, Object> parameters(Object... namesAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return parameters;
    }
}
