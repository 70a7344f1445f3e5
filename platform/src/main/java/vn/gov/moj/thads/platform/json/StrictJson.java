package vn.gov.moj.thads.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * JSON read strictly, so that a body means one thing and can be stored: a field given twice is
 * malformed (which of the two would count?), an enum is its name and never its position (1 is not
 * TERMINATED), no text holds the NUL character (PostgreSQL cannot store it; the request would
 * fail after work was done), and a date has a year from 1 to 9999 (ISO also reads
 * "+999999999-12-31", on which date arithmetic overflows and which the database refuses). Each is a
 * 400 problem naming the field ({@code ProblemMappers#unreadable}).
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
        mapper.registerModule(new SimpleModule("thads-strict-json")
                .addDeserializer(String.class, new TextWithoutNul())
                .addDeserializer(LocalDate.class, new FourDigitYears()));
    }

    /** Jackson's own date reading, then a refusal of years beyond four digits. */
    static final class FourDigitYears extends StdScalarDeserializer<LocalDate> {

        FourDigitYears() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && (date.getYear() < 1 || date.getYear() > 9999)) {
                throw InvalidFormatException.from(parser, "Date beyond the years 1 to 9999", date.toString(), LocalDate.class);
            }
            return date;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Jackson's own string reading, then a refusal of NUL. */
    static final class TextWithoutNul extends StdScalarDeserializer<String> {

        TextWithoutNul() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "Text with the NUL character", text, String.class);
            }
            return text;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
