package io.robotconnect.application.fake;

import io.robotconnect.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** Runs work directly; in-memory fakes have nothing to roll back. */
public class DirectUnitOfWork implements UnitOfWork {
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return work.get();
  }
}
