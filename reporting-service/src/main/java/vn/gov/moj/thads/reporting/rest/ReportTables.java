package vn.gov.moj.thads.reporting.rest;

import jakarta.ws.rs.core.StreamingOutput;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.gov.moj.thads.reporting.api.Breakdown;
import vn.gov.moj.thads.reporting.api.ChildRow;
import vn.gov.moj.thads.reporting.api.Children;
import vn.gov.moj.thads.reporting.api.EnforcementReport;
import vn.gov.moj.thads.reporting.api.PublicFigures;
import vn.gov.moj.thads.reporting.api.TargetResult;
import vn.gov.moj.thads.reporting.api.TargetVersionView;
import vn.gov.moj.thads.reporting.api.Targets;
import vn.gov.moj.thads.reporting.model.Figures;
import vn.gov.moj.thads.reporting.service.ReportService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The reports as tables (a header row, then rows), rendered as CSV or as a spreadsheet: the
 * same columns in both. A text cell that a spreadsheet would read as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return: a unit name from the reference data, say) is
 * neutralised with a leading {@code '}; numbers are written as numbers, negative ones too.
 */
final class ReportTables {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Map<String, Function<Figures, Object>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("carriedIn", Figures::carriedIn);
        FIGURES.put("newlyAccepted", Figures::newlyAccepted);
        FIGURES.put("accepted", Figures::accepted);
        FIGURES.put("delegated", Figures::delegated);
        FIGURES.put("toEnforce", Figures::toEnforce);
        FIGURES.put("withoutConditions", Figures::withoutConditions);
        FIGURES.put("withConditions", Figures::withConditions);
        FIGURES.put("completed", Figures::completed);
        FIGURES.put("terminated", Figures::terminated);
        FIGURES.put("reduced", Figures::reduced);
        FIGURES.put("postponed", Figures::postponed);
        FIGURES.put("suspended", Figures::suspended);
        FIGURES.put("inProgress", Figures::inProgress);
        FIGURES.put("done", Figures::done);
        FIGURES.put("carriedOver", Figures::carriedOver);
        FIGURES.put("rate", Figures::rate);
        FIGURES.put("carriedOverReduction", Figures::carriedOverReduction);
    }

    private ReportTables() {
    }

    /**
     * One row per figure: this year and the same date last year, in cases and in VND; each row names the unit, the work
     * year and the as-of date, so that a CSV passed on still says what it is.
     */
    static List<List<Object>> figures(EnforcementReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("figure", "cases", "money", "previousYearCases", "previousYearMoney", "orgUnit", "workYear", "asOf"));
        FIGURES.forEach((name, figure) -> rows.add(row(name, figure.apply(report.cases()), figure.apply(report.money()),
                figure.apply(report.previousYear().cases()), figure.apply(report.previousYear().money()))));
        var administrative = report.administrative();
        rows.add(row("administrative.carriedIn", administrative.carriedIn(), null, null, null));
        rows.add(row("administrative.newlyAccepted", administrative.newlyAccepted(), null, null, null));
        rows.add(row("administrative.accepted", administrative.accepted(), null, null, null));
        rows.add(row("administrative.complied", administrative.complied(), null, null, null));
        rows.add(row("administrative.compelled", administrative.compelled(), null, null, null));
        rows.add(row("administrative.reported", administrative.reported(), null, null, null));
        rows.add(row("administrative.finished", administrative.finished(), null, null, null));
        rows.add(row("administrative.monitored", administrative.monitored(), null, null, null));
        rows.subList(1, rows.size()).forEach(r -> r.addAll(List.of(report.orgUnit(), report.workYear(), report.asOf().toString())));
        return rows;
    }

    /** The four results beside their targets, then which version of the targets they are (domain.md §6). */
    static List<List<Object>> targets(Targets targets, TargetVersionView version) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("target", "result", "target", "difference", "met"));
        rows.add(targetRow("caseRate", targets.caseRate()));
        rows.add(targetRow("moneyRate", targets.moneyRate()));
        rows.add(targetRow("carriedOverCaseReduction", targets.carriedOverCaseReduction()));
        rows.add(targetRow("carriedOverMoneyReduction", targets.carriedOverMoneyReduction()));
        if (version != null) {
            rows.add(row("version", version.version()));
            rows.add(row("provisional", version.provisional()));
            rows.add(row("reason", version.reason()));
            rows.add(row("setAt", vietnamTime(version.setAt())));
        }
        return rows;
    }

    /** One row per child unit with its figures, rates, ranks and whether it meets all four targets. */
    static List<List<Object>> children(Children children) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("orgUnit", "name", "ownCases", "existsOnAsOf"));
        figureColumns(header);
        header.addAll(List.of("rankByCaseRate", "rankByMoneyRate", "meetsAllTargets", "targetVersion", "targetProvisional", "parent",
                "workYear", "asOf"));
        rows.add(header);
        for (ChildRow child : children.children()) {
            List<Object> row = new ArrayList<>(List.of(child.orgUnit(), child.orgUnitName(), child.ownCases(), child.existsOnAsOf()));
            figureValues(row, child.cases(), child.money());
            row.add(child.rankByCaseRate());
            row.add(child.rankByMoneyRate());
            row.add(child.meetsAllTargets());
            row.add(child.targetVersion());
            row.add(child.targetProvisional());
            row.add(children.orgUnit());
            row.add(children.workYear());
            row.add(children.asOf().toString());
            rows.add(row);
        }
        return rows;
    }

    /** Open data: one row per signed period of a province, its figures in cases and in VND. */
    static List<List<Object>> publicFigures(PublicFigures figures) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("province", "provinceName", "workYear", "asOf", "closedAt"));
        figureColumns(header);
        header.add("digest");
        rows.add(header);
        for (PublicFigures.Row period : figures.periods()) {
            List<Object> row = new ArrayList<>(List.of(period.province(), period.provinceName(), period.workYear(),
                    period.asOf().toString(), vietnamTime(period.closedAt())));
            figureValues(row, period.cases(), period.money());
            row.add(period.digest());
            rows.add(row);
        }
        return rows;
    }

    /** One row per kind and category, then the unit's total, with carried over with conditions; money recovered for the state budget last. */
    static List<List<Object>> breakdown(Breakdown breakdown) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("dimension", "value"));
        figureColumns(header);
        header.addAll(List.of("carriedOverWithConditions.cases", "carriedOverWithConditions.money"));
        rows.add(header);
        List<Breakdown.Row> all = new ArrayList<>(breakdown.rows());
        all.add(breakdown.total());
        for (Breakdown.Row r : all) {
            List<Object> row = new ArrayList<>(List.of(r.dimension(), r.value()));
            figureValues(row, r.cases(), r.money());
            row.add(r.carriedOverWithConditions().cases());
            row.add(r.carriedOverWithConditions().money());
            rows.add(row);
        }
        rows.add(row("stateBudgetRecovered", "", breakdown.stateBudgetRecovered()));
        return rows;
    }

    /** The columns of every figure, in cases then in VND. */
    private static void figureColumns(List<Object> header) {
        FIGURES.keySet().forEach(f -> header.add("cases." + f));
        FIGURES.keySet().forEach(f -> header.add("money." + f));
    }

    private static void figureValues(List<Object> row, Figures cases, Figures money) {
        FIGURES.values().forEach(f -> row.add(f.apply(cases)));
        FIGURES.values().forEach(f -> row.add(f.apply(money)));
    }

    static String csv(List<List<Object>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(csvValue(row.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    record Sheet(String name, List<List<Object>> rows) {
    }

    /** A workbook with one worksheet per table. */
    static StreamingOutput spreadsheet(Sheet... sheets) {
        return out -> {
            Workbook workbook = new Workbook(out, "THADS", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = workbook.newWorksheet(sheet.name());
                List<List<Object>> rows = sheet.rows();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number n && exactInASpreadsheet(n)) {
                            ws.value(r, c, n);
                        } else if (value instanceof Number n) {
                            // a number's own digits (and sign): a text cell is never read as a formula
                            ws.value(r, c, n instanceof BigDecimal d ? d.toPlainString() : n.toString());
                        } else if (value instanceof Boolean b) {
                            ws.value(r, c, b);
                        } else if (value != null) {
                            ws.value(r, c, text(value.toString()));
                        }
                    }
                }
                ws.finish();
            }
            workbook.finish();
        };
    }

    /**
     * Whether a spreadsheet program shows the number as it is: they hold numbers as doubles and show 15 significant
     * digits, so a money total of 10^15 VND or more (a province's or the country's carried-over money) would lose its
     * last digits; such a number is written as text, digit for digit.
     */
    static boolean exactInASpreadsheet(Number n) {
        if (n instanceof BigDecimal d) {
            return d.stripTrailingZeros().precision() <= 15;
        }
        if (n instanceof java.math.BigInteger b) {
            return b.abs().compareTo(java.math.BigInteger.TEN.pow(15)) < 0;
        }
        return !(n instanceof Long || n instanceof Integer || n instanceof Short) || Math.abs(n.longValue()) < 1_000_000_000_000_000L;
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        java.util.Collections.addAll(row, values);
        return row;
    }

    private static List<Object> targetRow(String name, TargetResult t) {
        return row(name, t.result(), t.target(), t.difference(), t.met());
    }

    /** Text as text: never the start of a formula (CSV injection). */
    static String text(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String csvValue(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.toPlainString()
                : value instanceof Number || value instanceof Boolean ? value.toString() : text(value.toString());
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A moment as the JSON answers write it, in Vietnam's time: the database hands it back in UTC (signed before 07:00, the day before). */
    private static String vietnamTime(java.time.OffsetDateTime moment) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                moment.atZoneSameInstant(vn.gov.moj.thads.platform.calendar.WorkingCalendar.VIETNAM).toOffsetDateTime());
    }
}
