package io.robotconnect.adapter.out.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2RepositoriesContractTest extends RepositoriesContractTests {
  @RegisterExtension static final TestDatabase db = TestDatabase.h2();

  @Override
  PersistenceAdapter database() {
    return db.database();
  }
}
