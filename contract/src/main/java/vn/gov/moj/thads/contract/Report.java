package vn.gov.moj.thads.contract;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The run's summary: per operation the requests and the statuses answered, then what is wrong. */
final class Report {

    private final List<NegativeRun.Result> results;
    private final Map<String, Boolean> validAnswered;
    private final String gateway;
    private final LocalDate date;
    private final Duration took;
    private final long throttledSeconds;

    Report(List<NegativeRun.Result> results, Map<String, Boolean> validAnswered, String gateway, LocalDate date, Duration took,
           long throttledSeconds) {
        this.results = results;
        this.validAnswered = validAnswered;
        this.gateway = gateway;
        this.date = date;
        this.took = took;
        this.throttledSeconds = throttledSeconds;
    }

    long defects() {
        return results.stream().filter(r -> r.defect() != null).count();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        Map<String, List<NegativeRun.Result>> byOperation = new LinkedHashMap<>();
        results.forEach(r -> byOperation.computeIfAbsent(r.operation(), k -> new java.util.ArrayList<>()).add(r));
        out.append("| operation | requests | valid-ish 2xx | statuses (status×count) | defects |\n|---|---|---|---|---|\n");
        byOperation.forEach((operation, rs) -> out.append("| ").append(operation).append(" | ").append(rs.size())
                .append(" | ").append(Boolean.TRUE.equals(validAnswered.get(operation)) ? "yes" : "no")
                .append(" | ").append(histogram(rs))
                .append(" | ").append(rs.stream().filter(r -> r.defect() != null).count()).append(" |\n"));
        out.append('\n');
        long fiveHundreds = results.stream().filter(r -> r.status() >= 500).count();
        out.append(String.format("%s, %s: %d operations, %d requests, %s; %d × 5xx, %d defects (%s; %d s waiting out the rate limit)%n",
                date, gateway, byOperation.size(), results.size(), histogram(results), fiveHundreds, defects(),
                duration(took), throttledSeconds));
        Map<String, Long> categories = new TreeMap<>(results.stream()
                .collect(Collectors.groupingBy(NegativeRun.Result::category, Collectors.counting())));
        out.append("Requests by category: ").append(categories.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "))).append('\n');
        List<NegativeRun.Result> defects = results.stream().filter(r -> r.defect() != null).toList();
        if (!defects.isEmpty()) {
            out.append("\nDEFECTS (").append(defects.size()).append("):\n");
            Map<String, List<NegativeRun.Result>> grouped = new LinkedHashMap<>();
            defects.forEach(r -> grouped.computeIfAbsent(r.operation() + " | " + r.defect() + " | " + r.status(),
                    k -> new java.util.ArrayList<>()).add(r));
            grouped.forEach((key, rs) -> {
                out.append("- ").append(key).append(" × ").append(rs.size()).append('\n');
                rs.stream().limit(5).forEach(r -> out.append("    ").append(r.description()).append(" (").append(r.caller())
                        .append("): ").append(r.request()).append(" → ")
                        .append(NegativeRun.abbreviate(r.body() == null ? "" : r.body().replace('\n', ' '), 300)).append('\n'));
            });
        }
        List<NegativeRun.Result> refused = results.stream().filter(r -> Verdict.refusedByHttpLayer(r.status(), r.body())).toList();
        if (!refused.isEmpty()) {
            out.append("\nRefused by the HTTP server while decoding, before the API (414/431, empty body; not API answers): ")
                    .append(refused.size()).append(" (").append(refused.stream().map(NegativeRun.Result::description).distinct()
                            .limit(6).collect(Collectors.joining("; "))).append(")\n");
        }
        List<NegativeRun.Result> accepted = results.stream().filter(NegativeRun.Result::accepted).toList();
        if (!accepted.isEmpty()) {
            out.append("\nAccepted (2xx) although the document says the request is invalid (").append(accepted.size())
                    .append("; not failures, to look at):\n");
            Map<String, List<NegativeRun.Result>> grouped = new LinkedHashMap<>();
            accepted.forEach(r -> grouped.computeIfAbsent(r.operation(), k -> new java.util.ArrayList<>()).add(r));
            grouped.forEach((operation, rs) -> out.append("- ").append(operation).append(": ")
                    .append(rs.stream().map(NegativeRun.Result::description).distinct().limit(12).collect(Collectors.joining("; ")))
                    .append(rs.size() > 12 ? "; …" : "").append('\n'));
        }
        return out.toString();
    }

    static String histogram(List<NegativeRun.Result> results) {
        return NegativeRun.histogram(results).entrySet().stream()
                .map(e -> (e.getKey() == 0 ? "no answer" : e.getKey().toString()) + "×" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private static String duration(Duration d) {
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
