package io.robotconnect.application.port.out;

import java.util.function.Supplier;

/** Runs work that writes more than one aggregate in one transaction. */
public interface UnitOfWork {

  /** Runs {@code work} in a transaction (joining one already open); rolls back if it throws. */
  <T> T inTransaction(Supplier<T> work);

  /** Runs {@code work} in a transaction. */
  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
