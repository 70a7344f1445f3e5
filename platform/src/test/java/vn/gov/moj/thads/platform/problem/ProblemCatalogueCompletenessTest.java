package vn.gov.moj.thads.platform.problem;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.platform.domain.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every detail and field message the main code of every module can write has its Vietnamese (issue 17,
 * item 7): the test reads the sources of all modules, finds each place a problem's text is written
 * ({@code RuleViolation.state/rule/date/field}, the {@code ProblemException} factories and constructor,
 * {@code new Problem}, field errors, the gateway's {@code Problems.send}, parameter converters, the
 * {@code message} of a constraint annotation and of the JSON mapper) and the helpers whose argument goes
 * into such a text (a verb, a record's name: a term), builds the text with a sample ({@code X}) for each
 * part that is not a literal, answers it through the real factories and {@link ProblemMessages} in
 * Vietnamese and fails, naming the file, the line and the text, when the Vietnamese is still the English
 * or still holds one of the English words the code wrote. Also every Bean Validation constraint the code
 * uses, with Hibernate Validator's own English message. Plain JUnit, no Quarkus.
 *
 * <p>A new throw with a literal text is found by itself; one whose text is a variable that is not a
 * helper's parameter fails here until the helper is listed below ({@link #TERM_HELPERS}) or the
 * variable is listed as a pass-through whose sources are checked elsewhere ({@link #PASS_THROUGH}).
 */
class ProblemCatalogueCompletenessTest {

    /** What a call writes: which argument is the slug, the detail, the field message (-1: none). */
    private record Site(int slug, int detail, int field) {
    }

    /** {@code Qualifier.method(} and {@code new Type(}: where a problem's text is written. */
    private static final Map<String, Site> SITES = Map.ofEntries(
            Map.entry("RuleViolation.state", new Site(0, 1, -1)),
            Map.entry("RuleViolation.rule", new Site(0, 1, -1)),
            Map.entry("RuleViolation.date", new Site(-1, -1, 1)),
            Map.entry("RuleViolation.field", new Site(-1, -1, 1)),
            Map.entry("ProblemException.notFound", new Site(-1, 0, -1)),
            Map.entry("ProblemException.conflict", new Site(0, 1, -1)),
            Map.entry("ProblemException.unprocessable", new Site(0, 1, -1)),
            Map.entry("ProblemException.invalidField", new Site(-1, -1, 1)),
            Map.entry("ProblemException.dateOutOfRange", new Site(-1, -1, 1)),
            Map.entry("ProblemException.forbidden", new Site(-1, 0, -1)),
            Map.entry("ProblemException.forbiddenToken", new Site(-1, 0, -1)),
            Map.entry("ProblemException.preconditionFailed", new Site(-1, 0, -1)),
            Map.entry("ProblemException.preconditionRequired", new Site(-1, 0, -1)),
            Map.entry("new ProblemException", new Site(1, 3, -1)),
            Map.entry("new Problem", new Site(0, 3, -1)),
            Map.entry("new Problem.FieldError", new Site(-1, -1, 1)),
            Map.entry("new Converter", new Site(-1, -1, 4)),
            Map.entry("Problems.send", new Site(3, 5, -1)),
            Map.entry("Problems.sendAndClose", new Site(3, 5, -1)),
            // ProblemMappers' own answer(slug, title, status, detail, uri)
            Map.entry("answer/5", new Site(0, 3, -1)));

    /** Helpers whose argument is put inside a text (a verb, a record's name): it needs a term of the catalogue. */
    private static final Map<String, Integer> TERM_HELPERS = Map.of(
            "requireStatus", 0, // EnforcementCase, Complaint: "A case in status X cannot be <verb>"
            "requireNotFinal", 0, // EnforcementCase: the same
            "SECOND_COMPLAINT", 0, "NATIONAL_AGENCY", 0, "SECURITY_MEASURE", 0, // FinalDecision's legal basis, after a detail's colon
            "pause", 1, // EnforcementCase: the verb of requireStatus
            "requireCompetentStaff", 1, // ComplaintAccess: "... cannot <what>", "... may <what>"
            "noRule", 0, // ComplaintRules: "No time limits for <what> ..."
            "requireMatch", 2, // Versions: "Send the <what>'s ETag ..."
            "recordOf", 2); // CaseService: the 404's "<record> <id> of case <id>"

    /**
     * Texts that are variables at the place they are written, with where their values are checked:
     * {@code file: expression}.
     */
    private static final Set<String> PASS_THROUGH = Set.of(
            "ProblemMappers.java: v.getMessage()", // Bean Validation: constraintsOfTheCodeHaveVietnamese
            "ProblemMappers.java: message", // the mapper's own `message = ...` lines, scanned as field messages
            "TypedParams.java: message", // the converters' messages: `new Converter<>(..., message)`, scanned
            "Problems.java: detail", // the gateway's Problems.send callers, scanned
            "ProblemMessages.java: field(e.message())", // the translation itself
            "ProblemMessages.java: detail(slug,problem.detail(),problem.errors())",
            "ProblemMappers.java: detail", // answer(slug, title, status, detail, uri): its callers, scanned
            "CaseService.java: what"); // recordOf(c, found, what): its callers, scanned as TERM_HELPERS

    private static final Set<String> PASSED_THROUGH = new java.util.HashSet<>();

    @Test
    void everyTextTheCodeWritesHasItsVietnamese() throws IOException {
        List<Path> sources = mainSources();
        assertThat(sources).as("the main sources of the modules").hasSizeGreaterThan(100);
        Map<String, List<String>> constants = constants(sources);
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path source : sources) {
            String file = source.getFileName().toString();
            if (file.equals("RuleViolation.java") || file.equals("ProblemException.java")) {
                continue; // the factories themselves
            }
            List<Token> tokens = Lexer.tokens(Files.readString(source, StandardCharsets.UTF_8));
            for (int i = 0; i < tokens.size(); i++) {
                Call call = Call.at(tokens, i);
                if (call == null) {
                    continue;
                }
                String where = source.getParent().getParent().getFileName() + "/" + file + ":" + tokens.get(i).line();
                Site site = SITES.get(call.name());
                if (site == null && call.name().equals("answer") && call.args().size() == 5 && file.equals("ProblemMappers.java")) {
                    site = SITES.get("answer/5");
                }
                if (site != null) {
                    checked += check(site, call, file, where, constants, missing);
                }
                Integer term = TERM_HELPERS.get(call.name().substring(call.name().lastIndexOf('.') + 1));
                if (term != null && call.args().size() > term && hasLiteral(call.args().get(term), constants, file)) {
                    for (Sample sample : Sample.of(call.args().get(term), constants, file)) {
                        checked++;
                        String vietnamese = ProblemMessages.term(sample.text()).orElse(sample.text());
                        requireVietnamese(where + " (term)", sample, vietnamese, missing);
                    }
                }
            }
            // the `message` of a constraint annotation, and the mapper's own field messages
            for (int i = 1; i + 2 < tokens.size(); i++) {
                boolean annotation = tokens.get(i - 1).is(",") || tokens.get(i - 1).is("(");
                if (tokens.get(i).is("message") && tokens.get(i + 1).is("=") && !tokens.get(i + 2).is("=")
                        && (annotation || file.equals("ProblemMappers.java"))) {
                    List<Token> expression = Call.until(tokens, i + 2);
                    String where = file + ":" + tokens.get(i).line();
                    for (Sample sample : Sample.of(expression, constants, file)) {
                        if (sample.fragments().isEmpty()) {
                            continue; // message = null
                        }
                        checked++;
                        Problem english = ProblemException.invalidField("someField", sample.text()).toProblem(null);
                        Problem vietnamese = ProblemMessages.localize(english, ProblemMessages.VIETNAMESE);
                        requireVietnamese(where, sample, vietnamese.errors().get(0).message(), missing);
                    }
                }
            }
        }
        assertThat(checked).as("texts found in the sources").isGreaterThan(150);
        assertThat(PASSED_THROUGH).as("PASS_THROUGH lists only what the sources pass through").containsAll(PASS_THROUGH);
        assertThat(missing).as("texts the code writes with no Vietnamese in thads/problems_vi.properties"
                + " (add the English pattern to problems.properties and its Vietnamese under the same key)").isEmpty();
    }

    /** Hibernate Validator's English message of each constraint the code uses, with sample attributes. */
    @Test
    void constraintsOfTheCodeHaveVietnamese() throws IOException {
        Set<String> used = new TreeSet<>();
        java.util.regex.Pattern annotation = java.util.regex.Pattern.compile(
                "@(?:jakarta\\.validation\\.constraints\\.)?([A-Z][A-Za-z]+)\\b");
        for (Path source : mainSources()) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (!text.contains("jakarta.validation.constraints")) {
                continue;
            }
            Matcher m = annotation.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        Properties messages = new Properties();
        try (InputStream in = jakarta.validation.Validation.class.getClassLoader()
                .getResourceAsStream("org/hibernate/validator/ValidationMessages.properties")) {
            assertThat(in).as("Hibernate Validator's messages").isNotNull();
            messages.load(in);
        }
        List<String> missing = new ArrayList<>();
        int constraints = 0;
        for (String name : used) {
            String template = messages.getProperty("jakarta.validation.constraints." + name + ".message");
            if (template == null) {
                continue; // not a constraint (@Valid, @Path, ...)
            }
            constraints++;
            for (String inclusive : List.of("or equal to ", "")) {
                String text = template.replaceAll("\\$\\{inclusive == true \\? 'or equal to ' : ''}", inclusive)
                        .replaceAll("\\{(value|min|max|integer|fraction)}", "3")
                        .replace("{regexp}", "[0-9]+");
                String vietnamese = ProblemMessages.field(text);
                if (vietnamese.equals(text)) {
                    missing.add("@" + name + ": " + text);
                }
            }
        }
        assertThat(constraints).as("constraints the code uses").isGreaterThanOrEqualTo(10);
        assertThat(missing).as("Bean Validation messages with no Vietnamese").isEmpty();
    }

    /** Every error status HTTP names has a Vietnamese title: the title of a problem whose slug has none. */
    @Test
    void everyErrorStatusHasAVietnameseTitle() {
        List<Integer> statuses = new ArrayList<>(java.util.Arrays.stream(jakarta.ws.rs.core.Response.Status.values())
                .map(jakarta.ws.rs.core.Response.Status::getStatusCode).filter(code -> code >= 400).toList());
        statuses.addAll(List.of(422, 428, 429, 431));
        for (int status : statuses) {
            Problem english = new Problem(Problem.TYPE_PREFIX + "some-slug", "Some title", status, null, null, List.of(), Map.of());
            assertThat(ProblemMessages.localize(english, ProblemMessages.VIETNAMESE).title()).as("the title of %d", status)
                    .isNotEqualTo("Some title");
        }
    }

    /** The test catches what it is for: an English text the catalogue does not know. */
    @Test
    void anUnknownTextIsCaught() {
        List<String> missing = new ArrayList<>();
        Sample sample = new Sample("The officer X is on leave", List.of("The officer", "is on leave"));
        requireVietnamese("here", sample, ProblemMessages.detail("officer-on-leave", sample.text(), List.of()), missing);
        assertThat(missing).hasSize(1);
        List<Token> tokens = Lexer.tokens("throw RuleViolation.rule(\"officer-on-leave\", \"The officer \" + id + \" is on leave\");");
        Call call = Call.at(tokens, 1);
        assertThat(call.name()).isEqualTo("RuleViolation.rule");
        assertThat(Sample.of(call.args().get(1), Map.of(), "x")).containsExactly(sample);
        // a comment is not code; a ternary gives both texts
        assertThat(Lexer.tokens("a /* RuleViolation.rule(\"x\", \"y\") */ b // c(\"d\")")).hasSize(2);
        List<Token> ternary = Lexer.tokens("f(x, ok ? \"is fine\" : \"is not \" + y)");
        assertThat(Sample.of(Call.at(ternary, 0).args().get(1), Map.of(), "x")).extracting(Sample::text)
                .containsExactly("is fine", "is not X");
    }

    private static int check(Site site, Call call, String file, String where, Map<String, List<String>> constants,
                             List<String> missing) {
        int index = site.detail() >= 0 ? site.detail() : site.field();
        if (call.args().size() <= index) {
            return 0; // another overload or a declaration
        }
        List<Token> text = call.args().get(index);
        if (!hasLiteral(text, constants, file)) {
            String expression = Call.text(text);
            if (expression.equals("null")) {
                return 0;
            }
            PASSED_THROUGH.add(file + ": " + expression);
            if (!PASS_THROUGH.contains(file + ": " + expression) && !isDeclaration(text)) {
                missing.add(where + ": the text is `" + expression + "`, not a literal; list it in PASS_THROUGH with where its"
                        + " values are checked, or in TERM_HELPERS");
            }
            return 0;
        }
        String slug = site.slug() >= 0 && call.args().size() > site.slug() ? lastLiteral(call.args().get(site.slug())) : null;
        int count = 0;
        for (Sample sample : Sample.of(text, constants, file)) {
            count++;
            Problem english = problem(call.name(), slug == null ? "unknown" : slug, sample.text());
            Problem vietnamese = ProblemMessages.localize(english, ProblemMessages.VIETNAMESE);
            String written = english.detail() + english.errors().stream().map(e -> " | " + e.message()).reduce("", String::concat);
            String translated = vietnamese.detail() + vietnamese.errors().stream().map(e -> " | " + e.message()).reduce("", String::concat);
            boolean detailKept = english.detail() != null && english.detail().equals(vietnamese.detail());
            boolean messageKept = !english.errors().isEmpty() && english.errors().equals(vietnamese.errors());
            requireVietnamese(where, new Sample(written, sample.fragments()), detailKept || messageKept ? written : translated, missing);
            if (vietnamese.title().equals(english.title())) {
                missing.add(where + ": the title \"" + english.title() + "\" (" + english.type() + ", " + english.status()
                        + ") has no Vietnamese: add <slug>.title or <status>.title");
            }
        }
        return count;
    }

    /** The problem the code answers for {@code text} written at a call named {@code call}: by the real factories. */
    private static Problem problem(String call, String slug, String text) {
        ProblemException thrown = switch (call) {
            case "RuleViolation.state" -> ProblemException.of(RuleViolation.state(slug, text));
            case "RuleViolation.rule" -> ProblemException.of(RuleViolation.rule(slug, text));
            case "RuleViolation.date" -> ProblemException.of(RuleViolation.date("someDate", text));
            case "RuleViolation.field", "new Problem.FieldError", "new Converter", "ProblemException.invalidField"
                    -> ProblemException.invalidField("someField", text);
            case "ProblemException.notFound" -> ProblemException.notFound(text);
            case "ProblemException.conflict" -> ProblemException.conflict(slug, text);
            case "ProblemException.unprocessable" -> ProblemException.unprocessable(slug, text);
            case "ProblemException.dateOutOfRange" -> ProblemException.dateOutOfRange("someDate", text);
            case "ProblemException.forbidden" -> ProblemException.forbidden(text);
            case "ProblemException.forbiddenToken" -> ProblemException.forbiddenToken(text);
            case "ProblemException.preconditionFailed" -> ProblemException.preconditionFailed(text);
            case "ProblemException.preconditionRequired" -> ProblemException.preconditionRequired(text);
            case "new ProblemException" -> new ProblemException(400, slug, "Title", text);
            default -> null; // new Problem, Problems.send, answer: a problem as such
        };
        return thrown != null ? thrown.toProblem(null)
                : new Problem(Problem.TYPE_PREFIX + slug, "Title", 400, text, null, List.of(), Map.of());
    }

    private static void requireVietnamese(String where, Sample sample, String vietnamese, List<String> missing) {
        if (vietnamese.equals(sample.text())) {
            missing.add(where + ": \"" + sample.text() + "\" has no Vietnamese");
            return;
        }
        for (String fragment : sample.fragments()) {
            if (vietnamese.contains(fragment)) {
                missing.add(where + ": \"" + sample.text() + "\" is in Vietnamese \"" + vietnamese + "\", still with \"" + fragment + "\"");
                return;
            }
        }
    }

    private static boolean isDeclaration(List<Token> text) {
        return text.size() == 2 && text.get(0).kind() == Token.Kind.WORD && text.get(1).kind() == Token.Kind.WORD;
    }

    private static boolean hasLiteral(List<Token> expression, Map<String, List<String>> constants, String file) {
        return Sample.of(expression, constants, file).stream().anyMatch(s -> !s.fragments().isEmpty());
    }

    private static String lastLiteral(List<Token> expression) {
        String slug = null;
        for (Token t : expression) {
            if (t.kind() == Token.Kind.STRING) {
                slug = t.text();
            }
        }
        return slug;
    }

    private static List<Path> mainSources() throws IOException {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw")) && root.getParent() != null) {
            root = root.getParent();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/") && !p.toString().contains("/target/"))
                    .sorted().toList();
        }
    }

    /** {@code static final String NAME = <literal text>;} of every file, by name (and by {@code File.NAME}). */
    private static Map<String, List<String>> constants(List<Path> sources) {
        Map<String, List<String>> constants = new HashMap<>();
        for (Path source : sources) {
            List<Token> tokens;
            try {
                tokens = Lexer.tokens(Files.readString(source, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String type = source.getFileName().toString().replace(".java", "");
            for (int i = 0; i + 3 < tokens.size(); i++) {
                if (tokens.get(i).is("final") && tokens.get(i + 1).is("String") && tokens.get(i + 2).kind() == Token.Kind.WORD
                        && tokens.get(i + 3).is("=")) {
                    List<Token> value = Call.until(tokens, i + 4);
                    if (value.stream().allMatch(t -> t.kind() == Token.Kind.STRING || t.is("+"))) {
                        String text = value.stream().filter(t -> t.kind() == Token.Kind.STRING).map(Token::text)
                                .reduce("", String::concat);
                        constants.computeIfAbsent(tokens.get(i + 2).text(), k -> new ArrayList<>()).add(text);
                        constants.computeIfAbsent(type + "." + tokens.get(i + 2).text(), k -> new ArrayList<>()).add(text);
                        constants.computeIfAbsent(type + ":" + tokens.get(i + 2).text(), k -> new ArrayList<>()).add(text);
                    }
                }
            }
        }
        return constants;
    }

    /** A text as the code writes it, {@code X} for each part that is not a literal; the literals are its fragments. */
    record Sample(String text, List<String> fragments) {

        /** Every text an expression can be (a ternary gives two). */
        static List<Sample> of(List<Token> expression, Map<String, List<String>> constants, String file) {
            List<Sample> samples = List.of(new Sample("", List.of()));
            List<List<Token>> whole = Call.ternary(expression);
            if (whole != null) {
                List<Sample> both = new ArrayList<>(of(whole.get(0), constants, file));
                both.addAll(of(whole.get(1), constants, file));
                return both;
            }
            for (List<Token> operand : Call.split(expression, "+")) {
                List<Sample> alternatives = operand(operand, constants, file);
                List<Sample> next = new ArrayList<>();
                for (Sample left : samples) {
                    for (Sample right : alternatives) {
                        List<String> fragments = new ArrayList<>(left.fragments());
                        fragments.addAll(right.fragments());
                        next.add(new Sample(left.text() + right.text(), fragments));
                    }
                }
                samples = next;
            }
            return samples.stream().map(s -> new Sample(s.text(), s.fragments().stream()
                    .map(String::strip).filter(Sample::isEnglish).toList())).distinct().toList();
        }

        private static List<Sample> operand(List<Token> operand, Map<String, List<String>> constants, String file) {
            if (operand.size() == 1 && operand.get(0).kind() == Token.Kind.STRING) {
                return List.of(new Sample(operand.get(0).text(), List.of(operand.get(0).text())));
            }
            List<Token> inner = operand;
            if (inner.size() > 2 && inner.get(0).is("(") && inner.get(inner.size() - 1).is(")")) {
                inner = inner.subList(1, inner.size() - 1);
            }
            List<List<Token>> branches = Call.ternary(inner);
            if (branches != null) {
                List<Sample> both = new ArrayList<>();
                for (List<Token> branch : branches) {
                    both.addAll(of(branch, constants, file));
                }
                return both;
            }
            if (inner != operand) {
                return of(inner, constants, file);
            }
            String name = Call.text(operand).replace(" ", "");
            String type = file.replace(".java", "");
            List<String> values = constants.getOrDefault(type + ":" + name, constants.get(name));
            if (values != null) {
                return values.stream().distinct().map(v -> new Sample(v, List.of(v))).toList();
            }
            return List.of(new Sample("X", List.of()));
        }

        /** A fragment to look for in the Vietnamese: one with an English word (not a code like VND or NO_CONDITIONS). */
        private static boolean isEnglish(String fragment) {
            return java.util.regex.Pattern.compile("(?<![A-Za-z_])[A-Za-z][a-z]{2,}(?![A-Za-z_])").matcher(fragment).find()
                    && !fragment.matches("[a-z]+[A-Z][A-Za-z.]*"); // a field's name (decisionDate)
        }
    }

    /** A call found in the tokens: its name ({@code RuleViolation.rule}, {@code new Problem}, {@code answer}) and its arguments. */
    record Call(String name, List<List<Token>> args) {

        static Call at(List<Token> tokens, int i) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD) {
                return null;
            }
            boolean qualified = i > 0 && tokens.get(i - 1).is(".");
            String name = t.text();
            int j = i + 1;
            if (t.is("new")) {
                StringBuilder type = new StringBuilder("new ");
                while (j < tokens.size() && (tokens.get(j).kind() == Token.Kind.WORD || tokens.get(j).is("."))) {
                    type.append(tokens.get(j).text());
                    j++;
                }
                while (j < tokens.size() && (tokens.get(j).is("<") || tokens.get(j).is(">"))) {
                    j++;
                }
                name = type.toString();
            } else if (qualified) {
                return null; // found at the start of its chain
            } else {
                // a.b.c( is named b.c: the method and what it is called on
                while (j + 1 < tokens.size() && tokens.get(j).is(".") && tokens.get(j + 1).kind() == Token.Kind.WORD) {
                    name = name.substring(name.lastIndexOf('.') + 1) + "." + tokens.get(j + 1).text();
                    j += 2;
                }
            }
            if (j >= tokens.size() || !tokens.get(j).is("(")) {
                return null;
            }
            int depth = 0;
            List<Token> inside = new ArrayList<>();
            for (int k = j; k < tokens.size(); k++) {
                Token u = tokens.get(k);
                if (u.is("(") || u.is("[") || u.is("{")) {
                    depth++;
                    if (depth == 1) {
                        continue;
                    }
                } else if (u.is(")") || u.is("]") || u.is("}")) {
                    depth--;
                    if (depth == 0) {
                        return new Call(name, inside.isEmpty() ? List.of() : split(inside, ","));
                    }
                }
                inside.add(u);
            }
            return null;
        }

        /** The tokens of an expression from {@code start} to its end ({@code ;}, or a {@code ,} or {@code )} outside it). */
        static List<Token> until(List<Token> tokens, int start) {
            List<Token> expression = new ArrayList<>();
            int depth = 0;
            for (int k = start; k < tokens.size(); k++) {
                Token u = tokens.get(k);
                if (u.is("(") || u.is("[") || u.is("{")) {
                    depth++;
                } else if (u.is(")") || u.is("]") || u.is("}")) {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                } else if (depth == 0 && (u.is(";") || u.is(","))) {
                    break;
                }
                expression.add(u);
            }
            return expression;
        }

        /** {@code tokens} split at each {@code separator} outside parentheses. */
        static List<List<Token>> split(List<Token> tokens, String separator) {
            List<List<Token>> parts = new ArrayList<>();
            List<Token> part = new ArrayList<>();
            int depth = 0;
            for (Token u : tokens) {
                if (u.is("(") || u.is("[") || u.is("{")) {
                    depth++;
                } else if (u.is(")") || u.is("]") || u.is("}")) {
                    depth--;
                } else if (depth == 0 && u.is(separator)) {
                    parts.add(part);
                    part = new ArrayList<>();
                    continue;
                }
                part.add(u);
            }
            parts.add(part);
            return parts;
        }

        /** The two branches of {@code condition ? a : b} outside parentheses, or null if it is not one. */
        static List<List<Token>> ternary(List<Token> tokens) {
            int depth = 0;
            int question = -1;
            int open = 0;
            for (int k = 0; k < tokens.size(); k++) {
                Token u = tokens.get(k);
                if (u.is("(") || u.is("[") || u.is("{")) {
                    depth++;
                } else if (u.is(")") || u.is("]") || u.is("}")) {
                    depth--;
                } else if (depth == 0 && u.is("?")) {
                    if (question < 0) {
                        question = k;
                    } else {
                        open++;
                    }
                } else if (depth == 0 && u.is(":") && question >= 0 && !(k + 1 < tokens.size() && tokens.get(k + 1).is(":"))
                        && !(k > 0 && tokens.get(k - 1).is(":"))) {
                    if (open == 0) {
                        return List.of(tokens.subList(question + 1, k), tokens.subList(k + 1, tokens.size()));
                    }
                    open--;
                }
            }
            return null;
        }

        static String text(List<Token> tokens) {
            StringBuilder out = new StringBuilder();
            for (Token t : tokens) {
                out.append(t.kind() == Token.Kind.STRING ? '"' + t.text() + '"' : t.text());
            }
            return out.toString();
        }
    }

    record Token(Kind kind, String text, int line) {
        enum Kind { WORD, STRING, OTHER }

        boolean is(String s) {
            return kind != Kind.STRING && text.equals(s);
        }
    }

    /** Java's words, string literals (unescaped) and single characters, comments left out. */
    static final class Lexer {

        static List<Token> tokens(String source) {
            List<Token> tokens = new ArrayList<>();
            int line = 1;
            int i = 0;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (source.startsWith("//", i)) {
                    while (i < n && source.charAt(i) != '\n') {
                        i++;
                    }
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    line += (int) source.substring(i, end).chars().filter(ch -> ch == '\n').count();
                    i = end;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    end = end < 0 ? n : end + 3;
                    String block = source.substring(i + 3, Math.max(i + 3, end - 3));
                    tokens.add(new Token(Token.Kind.STRING, block.strip(), line));
                    line += (int) block.chars().filter(ch -> ch == '\n').count();
                    i = end;
                } else if (c == '"' || c == '\'') {
                    StringBuilder text = new StringBuilder();
                    int j = i + 1;
                    while (j < n && source.charAt(j) != c) {
                        char d = source.charAt(j);
                        if (d == '\\' && j + 1 < n) {
                            char e = source.charAt(j + 1);
                            if (e == 'u' && j + 5 < n) {
                                text.append((char) Integer.parseInt(source.substring(j + 2, j + 6), 16));
                                j += 6;
                                continue;
                            }
                            text.append(switch (e) {
                                case 'n' -> '\n';
                                case 't' -> '\t';
                                case '0' -> '\0';
                                default -> e;
                            });
                            j += 2;
                            continue;
                        }
                        text.append(d);
                        j++;
                    }
                    tokens.add(new Token(c == '"' ? Token.Kind.STRING : Token.Kind.OTHER, c == '"' ? text.toString() : "'" + text + "'", line));
                    i = j + 1;
                } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
                    int j = i;
                    while (j < n && Character.isJavaIdentifierPart(source.charAt(j))) {
                        j++;
                    }
                    tokens.add(new Token(Token.Kind.WORD, source.substring(i, j), line));
                    i = j;
                } else {
                    tokens.add(new Token(Token.Kind.OTHER, String.valueOf(c), line));
                    i++;
                }
            }
            return tokens;
        }
    }
}
