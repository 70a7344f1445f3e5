package vn.gov.moj.thads.platform.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import vn.gov.moj.thads.platform.problem.ProblemException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;

/**
 * Typed path, query and header parameters ({@code int page}, {@code @PathParam int workYear},
 * {@code UUID id}, {@code Boolean active}) that do not convert are a bad request naming the
 * parameter and the form it takes. Left to JAX-RS, a path or query parameter that does not convert
 * answers 404 as if the resource did not exist, and a boolean is false for any word but "true".
 * The problem travels as the cause of the exception JAX-RS wraps it in ({@code ProblemMappers#web}).
 */
@Provider
public class TypedParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        String blank = defaultValue(annotations);
        // a path parameter is never absent: blank there is as required as a primitive
        boolean required = rawType.isPrimitive() || java.util.Arrays.stream(annotations).anyMatch(a -> a instanceof PathParam);
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(name, Integer::valueOf, blank, required,
                    "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        if (rawType == long.class || rawType == Long.class) {
            return (ParamConverter<T>) new Converter<>(name, Long::valueOf, blank, required, "must be a whole number");
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, TypedParams::strictBoolean, blank, required, "must be true or false");
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, TypedParams::uuid, blank, required, "must be a UUID");
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    private static String defaultValue(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof DefaultValue value) {
                return value.value();
            }
        }
        return null;
    }

    private static Boolean strictBoolean(String value) {
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(value);
    }

    /** {@link UUID#fromString} also takes forms like "1-1-1-1-1"; only the canonical 36 characters are an id. */
    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException(value);
        }
        return UUID.fromString(value);
    }

    /**
     * A blank value (e.g. {@code ?page=}) is the default if there is one, else absent; a primitive or a
     * path parameter ({@code required}) cannot be absent.
     */
    private record Converter<T>(String name, Function<String, T> parse, String blank, boolean required, String message)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            if (value.isBlank()) {
                if (blank != null) {
                    value = blank;
                } else if (required) {
                    throw ProblemException.invalidField(name, "is required");
                } else {
                    return null;
                }
            }
            try {
                return parse.apply(value.strip());
            } catch (RuntimeException e) {
                throw ProblemException.invalidField(name, message);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
