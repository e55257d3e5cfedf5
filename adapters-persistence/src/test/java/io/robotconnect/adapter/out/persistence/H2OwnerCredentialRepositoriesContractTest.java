package io.robotconnect.adapter.out.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;

class H2OwnerCredentialRepositoriesContractTest extends OwnerCredentialRepositoriesContractTests {
  @RegisterExtension static final TestDatabase db = TestDatabase.h2();

  @Override
  PersistenceAdapter database() {
    return db.database();
  }
}
