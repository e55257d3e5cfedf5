package io.robotconnect.adapter.out.persistence;

import io.robotconnect.application.port.out.UnitOfWork;
import java.util.function.Supplier;

/** One database transaction per unit of work; repositories called inside share it. */
final class HibernateUnitOfWork implements UnitOfWork {
  private final SessionContext context;

  HibernateUnitOfWork(SessionContext context) {
    this.context = context;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return context.inTransaction(work);
  }
}
