package vn.gov.moj.thads.reporting.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The two JDBC shapes the batch paths of the view use: a query over an array of ids, and a statement batch. */
final class Jdbc {

    interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    interface Binder<T> {
        void bind(PreparedStatement s, T value) throws SQLException;
    }

    private Jdbc() {
    }

    static void query(Connection c, String sql, Array ids, RowReader reader) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }

    static <T> void batch(Connection c, String sql, List<T> values, Binder<T> binder) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (T value : values) {
                binder.bind(s, value);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
