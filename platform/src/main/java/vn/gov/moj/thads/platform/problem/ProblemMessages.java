package vn.gov.moj.thads.platform.problem;

import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Problem details in the caller's language (issue 17, item 7): Vietnamese by default, English when
 * {@code Accept-Language} prefers it; the {@code type}, status, fields and extension members are the
 * same in both. The catalogue is {@code thads/problems.properties} (the English the code writes, as
 * patterns) and {@code thads/problems_vi.properties}: a title by slug (or by status), a detail or a
 * field message whose English matches a pattern of the catalogue is written with the Vietnamese
 * pattern and the same parts. A text the catalogue does not know (most domain rules' details, from
 * {@code RuleViolation}) stays as the code wrote it, in English.
 */
public final class ProblemMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    private static final Map<String, String> ENGLISH = read(Locale.ROOT);
    private static final Map<String, String> VIETNAMESE_TEXT = read(VIETNAMESE);

    private ProblemMessages() {
    }

    /** The language of an answer to a request with this {@code Accept-Language} (null or unreadable: Vietnamese). */
    public static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? VIETNAMESE : match;
        } catch (IllegalArgumentException unreadable) {
            return VIETNAMESE;
        }
    }

    /** {@code problem} in {@code locale}: as written for English, translated for Vietnamese. */
    public static Problem localize(Problem problem, Locale locale) {
        if (!VIETNAMESE.getLanguage().equals(locale.getLanguage())) {
            return problem;
        }
        String slug = problem.type() == null ? "" : problem.type().substring(problem.type().lastIndexOf(':') + 1);
        String title = VIETNAMESE_TEXT.getOrDefault(slug + ".title",
                VIETNAMESE_TEXT.getOrDefault(problem.status() + ".title", problem.title()));
        String detail = translate(problem.detail(), slug + ".detail", "any.detail");
        List<Problem.FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), translate(e.message(), "field.")))
                .toList();
        return new Problem(problem.type(), title, problem.status(), detail, problem.instance(), errors, problem.properties());
    }

    /** The Vietnamese of {@code text} if an English pattern whose key starts with one of {@code prefixes} matches all of it. */
    private static String translate(String text, String... prefixes) {
        if (text == null) {
            return null;
        }
        for (String prefix : prefixes) {
            for (Map.Entry<String, String> english : ENGLISH.entrySet()) {
                if (!english.getKey().startsWith(prefix) || !VIETNAMESE_TEXT.containsKey(english.getKey())) {
                    continue;
                }
                MessageFormat pattern = new MessageFormat(english.getValue(), Locale.ROOT);
                ParsePosition position = new ParsePosition(0);
                Object[] parts = pattern.parse(text, position);
                if (parts != null && position.getIndex() == text.length() && position.getErrorIndex() < 0) {
                    return new MessageFormat(VIETNAMESE_TEXT.get(english.getKey()), Locale.ROOT).format(parts);
                }
            }
        }
        return text;
    }

    private static Map<String, String> read(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("thads.problems", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : Collections.list(bundle.getKeys())) {
            texts.put(key, bundle.getString(key));
        }
        return Collections.unmodifiableMap(texts);
    }

    /** The keys of the catalogue (a test checks that both languages have the same). */
    static List<List<String>> keys() {
        return List.of(new ArrayList<>(ENGLISH.keySet()), new ArrayList<>(VIETNAMESE_TEXT.keySet()));
    }
}
