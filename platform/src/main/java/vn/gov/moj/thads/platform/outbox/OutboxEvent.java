package vn.gov.moj.thads.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event waiting in the database to be published; see {@link OutboxRelay}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) public Long id;
    @Column(name = "event_id", nullable = false, unique = true) public UUID eventId;
    @Column(nullable = false) public String topic;
    @Column(name = "message_key", nullable = false) public String messageKey;
    @Column(name = "event_type", nullable = false) public String eventType;
    @Column(nullable = false) public String payload;
    @Column(name = "created_at", nullable = false) public OffsetDateTime createdAt;
    @Column(name = "published_at") public OffsetDateTime publishedAt;
}
