package se.uppdrag.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.uppdrag.platform.errors.ProblemException;

/**
 * A JSON body must be well-formed UTF-8. Jackson decodes leniently: an overlong form such as {@code C0 AF} becomes
 * '/', which slips past every check written for '/' and is stored; Java's own decoder, told to report, refuses it,
 * like surrogates encoded as UTF-8 and truncated sequences.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            if (!isUtf8(body)) {
                throw ProblemException.invalid("The body is not well-formed UTF-8", List.of());
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
