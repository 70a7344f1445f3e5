package vn.gov.moj.thads.platform.problem;

import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Problem details in the caller's language (issue 17, item 7): Vietnamese by default, English when
 * {@code Accept-Language} prefers it; the {@code type}, status, fields and extension members are the
 * same in both. The catalogue is {@code thads/problems.properties} (the English the code writes, as
 * patterns) and {@code thads/problems_vi.properties}: a title by slug (or by status); a detail or a
 * field message whose English matches a pattern of the catalogue is written with the Vietnamese
 * pattern and the same parts, each part that is a term of the catalogue ({@code term.<n>}: a verb, a
 * record's name) in Vietnamese too. So the code writes English where it throws ({@code RuleViolation},
 * {@code ProblemException}, Bean Validation) and never changes for Vietnamese. Every text the main code
 * can write has its Vietnamese: {@code ProblemCatalogueCompletenessTest} finds them in the sources and
 * fails naming the one that has none.
 */
public final class ProblemMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);
    private static final Map<String, String> ENGLISH = read(Locale.ROOT);
    private static final Map<String, String> VIETNAMESE_TEXT = read(VIETNAMESE);
    /** Titles by key; details ({@code <slug>.detail[.n]}), field messages ({@code field.<n>}) and terms by pattern. */
    private static final List<Pattern> PATTERNS = Pattern.withPrefix("");
    private static final List<Pattern> FIELD_PATTERNS = Pattern.withPrefix("field.");
    private static final List<Pattern> TERM_PATTERNS = Pattern.withPrefix("term.");

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
        List<Problem.FieldError> errors = problem.errors() == null ? null : problem.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), field(e.message())))
                .toList();
        return new Problem(problem.type(), title, problem.status(), detail(slug, problem.detail(), problem.errors()),
                problem.instance(), errors, problem.properties());
    }

    /**
     * A detail in Vietnamese: by a pattern of its slug, else by any detail pattern; a detail that is a
     * field's name and its message (a date out of range) as the field's name and the message's Vietnamese.
     */
    static String detail(String slug, String text, List<Problem.FieldError> errors) {
        if (text == null) {
            return null;
        }
        if (errors != null && errors.size() == 1 && errors.get(0).field() != null
                && text.equals(errors.get(0).field() + " " + errors.get(0).message())) {
            return errors.get(0).field() + " " + field(errors.get(0).message());
        }
        return translate(text, PATTERNS.stream().filter(p -> p.key().startsWith(slug + ".detail")).toList())
                .or(() -> translate(text, PATTERNS.stream().filter(p -> p.key().contains(".detail")).toList()))
                .orElse(text);
    }

    /** A field message in Vietnamese, or as written if no pattern matches it. */
    static String field(String text) {
        return text == null ? null : translate(text, FIELD_PATTERNS).orElse(text);
    }

    /** The Vietnamese of a phrase the code puts inside a text (a verb, a record's name), if the catalogue has it. */
    static Optional<String> term(String text) {
        return translate(text, TERM_PATTERNS);
    }

    /**
     * The Vietnamese of {@code text} by the pattern that matches all of it with the most fixed text
     * (so "must be one of {0}, optionally..." wins over "must be one of {0}"); each variable part that is
     * itself a term of the catalogue ("Case {0}", "assigned") is put in Vietnamese too.
     */
    private static Optional<String> translate(String text, List<Pattern> patterns) {
        Pattern best = null;
        Object[] bestParts = null;
        for (Pattern pattern : patterns) {
            if ((best != null && pattern.fixedLength() <= best.fixedLength()) || !text.startsWith(pattern.prefix())) {
                continue;
            }
            ParsePosition position = new ParsePosition(0);
            // a MessageFormat per use: they are not safe to share between threads
            Object[] parts = new MessageFormat(pattern.english(), Locale.ROOT).parse(text, position);
            if (parts != null && position.getIndex() == text.length() && position.getErrorIndex() < 0) {
                best = pattern;
                bestParts = parts;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Object[] vietnameseParts = new Object[bestParts.length];
        for (int i = 0; i < bestParts.length; i++) {
            String part = String.valueOf(bestParts[i]);
            vietnameseParts[i] = part.equals(text) ? part : term(part).orElse(part); // a term inside a term too
        }
        return Optional.of(new MessageFormat(best.vietnamese(), Locale.ROOT).format(vietnameseParts));
    }

    /**
     * An English pattern of the catalogue and its Vietnamese; the fixed text's length ranks matches, and
     * the fixed text before the first part ({@code prefix}) rules most patterns out at once.
     */
    private record Pattern(String key, String english, String vietnamese, int fixedLength, String prefix) {

        private static final Object[] NOTHING = Collections.nCopies(10, "").toArray();
        private static final Object[] MARKS = Collections.nCopies(10, "\u0000").toArray();

        static List<Pattern> withPrefix(String prefix) {
            return ENGLISH.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(prefix) && VIETNAMESE_TEXT.containsKey(e.getKey()))
                    .map(e -> {
                        MessageFormat english = new MessageFormat(e.getValue(), Locale.ROOT);
                        String marked = english.format(MARKS);
                        return new Pattern(e.getKey(), e.getValue(), VIETNAMESE_TEXT.get(e.getKey()), english.format(NOTHING).length(),
                                marked.contains("\u0000") ? marked.substring(0, marked.indexOf('\u0000')) : marked);
                    })
                    .toList();
        }
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
