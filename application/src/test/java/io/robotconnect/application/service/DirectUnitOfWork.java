package io.robotconnect.application.service;

import io.robotconnect.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** Runs work directly and counts transactions; the fakes need no rollback. */
final class DirectUnitOfWork implements UnitOfWork {
  int transactions;

  @Override
  public synchronized <T> T inTransaction(Supplier<T> work) {
    transactions++;
    return work.get();
  }
}
