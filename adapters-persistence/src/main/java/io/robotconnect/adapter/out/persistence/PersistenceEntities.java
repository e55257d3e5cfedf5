package io.robotconnect.adapter.out.persistence;

import java.util.List;

/** Every entity class Hibernate maps; add yours here (one line per entity). */
final class PersistenceEntities {
  static final List<Class<?>> ALL =
      List.of(
          OwnerEntity.class,
          RobotEntity.class,
          TriggerIdentityEntity.class,
          TriggerEventEntity.class,
          OutboxMessageEntity.class,
          OwnerSessionEntity.class,
          AuthorizationCodeEntity.class,
          TokenPairEntity.class,
          ConnectionDefinitionEntity.class,
          UserConnectionEntity.class,
          ConnectWebhookReceiptEntity.class,
          ConnectionTriggerEventEntity.class,
          ScriptRunEntity.class,
          ScriptRunCallEntity.class);

  private PersistenceEntities() {}
}
