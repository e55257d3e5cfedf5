package io.robotconnect.application.archfixture;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Keeps the thread rule: it runs work on threads the composition root hands it. */
public class ServiceHandedAnExecutor {
  private final Executor executor;

  public ServiceHandedAnExecutor(Executor executor) {
    this.executor = executor;
  }

  public CompletableFuture<Void> runSideBySide(Runnable work) {
    if (Thread.currentThread().isInterrupted()) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.runAsync(work, executor);
  }
}
