package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.OutboxMessage;

final class OutboxMessageMapper {
  private OutboxMessageMapper() {}

  static OutboxMessage toDomain(OutboxMessageEntity entity) {
    return new OutboxMessage(
        entity.id, entity.channel, entity.payload, entity.attempts, entity.dueAt);
  }
}
