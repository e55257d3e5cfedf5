package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.WebhookReceiptRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The Connect webhooks as received, kept once per request id. */
final class HibernateWebhookReceiptRepository implements WebhookReceiptRepository {
  /** Through {@code ix_connect_webhook_receipts_received} (changelog 009). */
  private static final RetentionSql.Purgeable RECEIVED_BEFORE =
      new RetentionSql.Purgeable("connect_webhook_receipts", "received_at < ?");

  private final SessionContext context;
  private final ConnectionSql sql;
  private final RetentionSql retention;

  HibernateWebhookReceiptRepository(
      SessionContext context, ConnectionSql sql, RetentionSql retention) {
    this.context = context;
    this.sql = sql;
    this.retention = retention;
  }

  @Override
  public boolean record(WebhookReceipt receipt) {
    ConnectWebhookReceiptEntity entity = new ConnectWebhookReceiptEntity();
    entity.requestId = receipt.requestId();
    entity.type = receipt.type();
    entity.event = receipt.event();
    entity.body = receipt.body();
    entity.known = receipt.known();
    entity.receivedAt = receipt.receivedAt();
    return sql.insertUnlessPresent(context, entity);
  }

  @Override
  public int purgeReceivedBefore(Instant receivedBefore, int max) {
    return retention.deleteBatch(context, RECEIVED_BEFORE, receivedBefore, max);
  }

  @Override
  public List<KeptReceipt> unknown(Optional<Position> after, int max, int bodyChars) {
    // keyset paging; the body is cut in the database, so a page never reads whole bodies
    String query =
        "select r.requestId, r.type, r.event, substring(r.body, 1, :chars), length(r.body),"
            + " r.receivedAt from ConnectWebhookReceiptEntity r where r.known = false"
            + (after.isPresent()
                ? " and (r.receivedAt > :at or (r.receivedAt = :at and r.requestId > :id))"
                : "")
            + " order by r.receivedAt, r.requestId";
    return context.call(
        session -> {
          var select =
              session
                  .createSelectionQuery(query, Object[].class)
                  .setParameter("chars", bodyChars)
                  .setMaxResults(max)
                  .setReadOnly(true);
          after.ifPresent(
              p -> select.setParameter("at", p.receivedAt()).setParameter("id", p.requestId()));
          return select.getResultList().stream()
              .map(
                  row ->
                      new KeptReceipt(
                          (String) row[0],
                          (String) row[1],
                          (String) row[2],
                          (String) row[3],
                          ((Number) row[4]).intValue(),
                          (Instant) row[5]))
              .toList();
        });
  }
}
