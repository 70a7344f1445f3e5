package vn.gov.moj.thads.reporting.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import vn.gov.moj.thads.reporting.api.Breakdown;
import vn.gov.moj.thads.reporting.api.Children;
import vn.gov.moj.thads.reporting.api.EnforcementReport;
import vn.gov.moj.thads.reporting.api.PublicFigures;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The reports as CSV ({@code Accept: text/csv}) or as a spreadsheet ({@value ReportTables#XLSX}),
 * beside JSON: each endpoint answers its report once and content negotiation picks the form.
 */
final class ReportWriters {

    static final String CSV = "text/csv";

    private ReportWriters() {
    }

    /** A report's tables, and the name its spreadsheet is saved under. */
    private static ReportTables.Sheet[] sheets(Object report) {
        if (report instanceof EnforcementReport r) {
            return new ReportTables.Sheet[]{new ReportTables.Sheet("figures", ReportTables.figures(r)),
                    new ReportTables.Sheet("targets", ReportTables.targets(r.targets(), r.targetVersion()))};
        }
        if (report instanceof Breakdown b) {
            return new ReportTables.Sheet[]{new ReportTables.Sheet("breakdown", ReportTables.breakdown(b))};
        }
        if (report instanceof PublicFigures p) {
            return new ReportTables.Sheet[]{new ReportTables.Sheet("periods", ReportTables.publicFigures(p))};
        }
        Children c = (Children) report;
        return new ReportTables.Sheet[]{new ReportTables.Sheet("children", ReportTables.children(c))};
    }

    private static String fileName(Object report) {
        if (report instanceof Breakdown b) {
            return "breakdown-" + b.orgUnit() + "-" + b.asOf();
        }
        if (report instanceof PublicFigures p) {
            return "signed-figures" + (p.workYear() == null ? "" : "-" + p.workYear());
        }
        return report instanceof EnforcementReport r ? "enforcement-" + r.orgUnit() + "-" + r.asOf()
                : "children-" + ((Children) report).orgUnit() + "-" + ((Children) report).asOf();
    }

    /** Writes the two reports and the open data, and only them. */
    private abstract static class ReportWriter implements MessageBodyWriter<Object> {
        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type == EnforcementReport.class || type == Children.class || type == PublicFigures.class || type == Breakdown.class;
        }
    }

    /** The first table of a report as CSV (the figures; for children, one row per child). */
    @Provider
    @Produces(CSV)
    public static final class Csv extends ReportWriter {
        @Override
        public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            out.write(ReportTables.csv(sheets(report)[0].rows()).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Every table of a report, one worksheet each, as an attachment. */
    @Provider
    @Produces(ReportTables.XLSX)
    public static final class Spreadsheet extends ReportWriter {
        @Override
        public void writeTo(Object report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
            headers.putSingle("Content-Disposition", "attachment; filename=\"" + fileName(report) + ".xlsx\"");
            ReportTables.spreadsheet(sheets(report)).write(out);
        }
    }
}
