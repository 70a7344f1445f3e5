package vn.gov.moj.thads.deploy.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What a failing database or an operator does to a consumer in the middle of its work, for the
 * tests that a consumer rides over it and loses nothing: a table held by another transaction, so
 * that the consumer's writes wait; the waiting statement cancelled (as its time limit does); its
 * connection cut (as a restart of PostgreSQL does); the table released.
 */
public final class DatabaseTrouble implements AutoCloseable {

    private final Connection holder;
    private final Connection operator;
    private final String table;
    private OffsetDateTime lastAction;

    private DatabaseTrouble(Connection holder, Connection operator, String table) throws SQLException {
        this.holder = holder;
        this.operator = operator;
        this.table = table;
        this.lastAction = now();
    }

    /** Holds {@code table} of the database of the service under test against writers until {@link #close()}. */
    public static DatabaseTrouble holding(String table) throws SQLException {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        return holding(config.getValue("quarkus.datasource.jdbc.url", String.class), config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class), table);
    }

    /** Holds {@code table} against writers (readers go on) until {@link #close()}. */
    public static DatabaseTrouble holding(String url, String user, String password, String table) throws SQLException {
        Connection holder = DriverManager.getConnection(url, user, password);
        holder.setAutoCommit(false);
        try (Statement lock = holder.createStatement()) {
            lock.execute("lock table " + table + " in share mode");
        }
        return new DatabaseTrouble(holder, DriverManager.getConnection(url, user, password), table);
    }

    /** Waits for writers blocked on the held table since the last action, then cancels their statements; how many. */
    public int cancelBlockedWriters(Duration timeout) throws SQLException {
        return act("pg_cancel_backend", timeout);
    }

    /** Waits for writers blocked on the held table since the last action, then cuts their connections; how many. */
    public int cutBlockedWriters(Duration timeout) throws SQLException {
        return act("pg_terminate_backend", timeout);
    }

    /** Waits for a writer blocked since the last action (a consumer that came back); false if none came in time. */
    public boolean awaitBlockedWriter(Duration timeout) throws SQLException {
        return !blocked(timeout).isEmpty();
    }

    private int act(String function, Duration timeout) throws SQLException {
        List<Integer> pids = blocked(timeout);
        lastAction = now();
        for (int pid : pids) {
            try (var call = operator.prepareStatement("select " + function + "(?)")) {
                call.setInt(1, pid);
                call.execute();
            }
        }
        return pids.size();
    }

    private List<Integer> blocked(Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Integer> pids = new ArrayList<>();
        while (pids.isEmpty() && System.nanoTime() < deadline) {
            // the backends waiting for the held table's lock, whose statement began after the last action
            try (var query = operator.prepareStatement("select distinct a.pid from pg_stat_activity a join pg_locks l on l.pid = a.pid"
                    + " and not l.granted and l.relation = cast(? as regclass) where a.datname = current_database()"
                    + " and a.pid <> pg_backend_pid() and a.query_start > ?")) {
                query.setString(1, table);
                query.setObject(2, lastAction);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        pids.add(rows.getInt(1));
                    }
                }
            }
            if (pids.isEmpty()) {
                pause();
            }
        }
        return pids;
    }

    private OffsetDateTime now() throws SQLException {
        try (Statement query = operator.createStatement(); ResultSet row = query.executeQuery("select clock_timestamp()")) {
            row.next();
            return row.getObject(1, OffsetDateTime.class);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Releases the table. */
    @Override
    public void close() throws SQLException {
        try {
            holder.rollback();
        } finally {
            holder.close();
            operator.close();
        }
    }
}
