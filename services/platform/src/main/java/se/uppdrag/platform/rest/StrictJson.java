package se.uppdrag.platform.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import se.uppdrag.platform.validation.CalendarDates;
import se.uppdrag.platform.validation.PlainText;

/**
 * Request bodies mean what they say, and only what every reader after the service can take. Refused with a 400 the
 * client hears about, never guessed at: a key given twice; a number where text, an enum or a date belongs (an enum's
 * position, a date's epoch day); text where a number or yes/no belongs; a fraction where a count belongs; a date
 * that is not exactly YYYY-MM-DD in 1900–2199; text with control characters or half a surrogate pair; a decimal
 * longer than {@link #MAX_DECIMAL_LENGTH} characters or in exponent form (whose arithmetic could cost seconds);
 * anything after the JSON value.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** No amount, percentage or credit the platform keeps needs more; enough to say why a longer one is refused. */
    public static final int MAX_DECIMAL_LENGTH = 24;
    /** A JSON number longer than this is refused by the parser before any arithmetic on it. */
    static final int MAX_NUMBER_LENGTH = 64;

    static final int MAX_NESTING_DEPTH = 64;

    /** Last of all customizers, so these readers stand over the ones Quarkus's own modules register. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("uppdrag-strict-json")
                .addDeserializer(String.class, new PlainTextDeserializer())
                .addDeserializer(LocalDate.class, new CalendarDateDeserializer())
                .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer()));
    }

    /** A value refused with a message for the client ("must …"), which the problem mapper shows as it is. */
    static InvalidFormatException refused(JsonParser p, String message, Class<?> type) {
        return InvalidFormatException.from(p, message, null, type);
    }

    /** Text as {@link PlainText} allows it; other tokens as Jackson's own reader (and the coercion rules) take them. */
    static final class PlainTextDeserializer extends StdScalarDeserializer<String> {

        PlainTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null) {
                Optional<String> problem = PlainText.problem(text);
                if (problem.isPresent()) {
                    throw refused(p, problem.get(), String.class);
                }
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A JSON string holding exactly an ISO date in range: no numbers, no date-times, nothing before or after. */
    static final class CalendarDateDeserializer extends StdScalarDeserializer<LocalDate> {

        CalendarDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            return CalendarDates.parse(text).orElseThrow(() -> refused(p, CalendarDates.RULE, LocalDate.class));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }

    /** A plain decimal number of at most {@link #MAX_DECIMAL_LENGTH} characters; no exponent. */
    static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            if (text.length() > MAX_DECIMAL_LENGTH || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
                throw refused(
                        p,
                        "must be a plain decimal number of at most " + MAX_DECIMAL_LENGTH
                                + " characters, without an exponent",
                        BigDecimal.class);
            }
            return new BigDecimal(text);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }
}
