package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.OutboxMessage;
import io.robotconnect.application.port.out.OutboxPayload;

final class OutboxMessageMapper {
  private OutboxMessageMapper() {}

  /** The stored message with its payload, read from the entity's payload text. */
  static <P extends OutboxPayload> OutboxMessage<P> toDomain(
      OutboxMessageEntity entity, P payload) {
    return new OutboxMessage<>(entity.id, payload, entity.attempts, entity.dueAt);
  }
}
