package io.robotconnect.adapter.out.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresUnitOfWorkTest extends UnitOfWorkTests {
  @RegisterExtension static final TestDatabase db = TestDatabase.postgres();

  @Override
  PersistenceAdapter database() {
    return db.database();
  }
}
