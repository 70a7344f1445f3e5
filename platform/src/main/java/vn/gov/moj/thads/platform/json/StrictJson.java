package vn.gov.moj.thads.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * JSON read strictly, so that a body means one thing and can be stored: a field given twice is
 * malformed (which of the two would count?), an enum is its name and never its position (1 is not
 * TERMINATED), no text holds the NUL character (PostgreSQL cannot store it; the request would
 * fail after work was done), and a date has a year from 1 to 9999 (ISO also reads
 * "+999999999-12-31", on which date arithmetic overflows and which the database refuses), and a number
 * is a number of its kind: 1.5 is no amount in whole đồng (Jackson would cut it to 1 and record 1 VND),
 * "12" is no number and 2 is not true. Each is a 400 problem naming the field ({@code ProblemMappers#unreadable}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** After Quarkus's own customizers, whose Java time module would otherwise read dates in place of ours. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType numbers : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(numbers).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("thads-strict-json")
                .addDeserializer(String.class, new Refusing<>(String.class, StringDeserializer.instance,
                        text -> text.indexOf('\u0000') >= 0, "Text with the NUL character"))
                .addDeserializer(LocalDate.class, new Refusing<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        date -> date.getYear() < 1 || date.getYear() > 9999, "Date beyond the years 1 to 9999")));
    }

    /** Jackson's own reading of a {@code type}, then the refusal of a value {@code refused} matches, with {@code why}. */
    static final class Refusing<T> extends StdScalarDeserializer<T> {

        private final transient JsonDeserializer<T> reading;
        private final transient Predicate<T> refused;
        private final String why;

        Refusing(Class<T> type, JsonDeserializer<T> reading, Predicate<T> refused, String why) {
            super(type);
            this.reading = reading;
            this.refused = refused;
            this.why = why;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            T value = reading.deserialize(parser, context);
            if (value != null && refused.test(value)) {
                throw InvalidFormatException.from(parser, why, value.toString(), handledType());
            }
            return value;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
