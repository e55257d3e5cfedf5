package io.robotconnect.application.port.in;

/** Ops send dead letters again once the fault is mended: due at once, attempts counted anew. */
public interface RetryDeadLettersUseCase {

  /** Retries one dead letter; false when no dead letter has that id. */
  boolean retry(long id);

  /** Retries every dead letter of the channel; returns how many. */
  int retryAll(String channel);
}
