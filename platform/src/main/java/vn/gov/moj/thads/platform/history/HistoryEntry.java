package vn.gov.moj.thads.platform.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/**
 * One change of an aggregate (a case, a petition): who, when, what (details as JSON) and why.
 * Append-only: entries are immutable and each service's table has a trigger refusing updates and
 * deletes. A service's entity adds the column naming its aggregate.
 */
@MappedSuperclass
public abstract class HistoryEntry extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @Column(nullable = false) private OffsetDateTime at;
    @Column(nullable = false) private String actor;
    @Column(nullable = false) private String action;
    @Column(nullable = false) private String details;

    private String reason;

    protected HistoryEntry() {
    }

    protected HistoryEntry(String actor, String action, String details, String reason) {
        this.at = OffsetDateTime.now();
        this.actor = actor;
        this.action = action;
        this.details = details;
        this.reason = reason;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String details() {
        return details;
    }

    public String reason() {
        return reason;
    }
}
