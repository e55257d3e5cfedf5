package io.robotconnect.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Connect webhook as received; its request id makes repeats collide. */
@Entity
@Table(name = "connect_webhook_receipts")
class ConnectWebhookReceiptEntity {
  @Id
  @Column(name = "request_id", length = 200)
  String requestId;

  @Column(name = "webhook_type", length = 100, nullable = false)
  String type;

  @Column(name = "webhook_event", length = 100, nullable = false)
  String event;

  @Column(name = "body", nullable = false)
  String body;

  @Column(name = "known", nullable = false)
  boolean known;

  @Column(name = "received_at", nullable = false)
  Instant receivedAt;
}
