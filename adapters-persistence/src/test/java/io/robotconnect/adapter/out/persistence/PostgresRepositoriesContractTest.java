package io.robotconnect.adapter.out.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRepositoriesContractTest extends RepositoriesContractTests {
  @RegisterExtension static final TestDatabase db = TestDatabase.postgres();

  @Override
  PersistenceAdapter database() {
    return db.database();
  }
}
