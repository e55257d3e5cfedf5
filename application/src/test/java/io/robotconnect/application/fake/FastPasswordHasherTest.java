package io.robotconnect.application.fake;

import io.robotconnect.application.contract.PasswordHasherContract;
import io.robotconnect.application.port.out.PasswordHasher;

class FastPasswordHasherTest extends PasswordHasherContract {
  @Override
  protected PasswordHasher hasher() {
    return new FastPasswordHasher();
  }
}
