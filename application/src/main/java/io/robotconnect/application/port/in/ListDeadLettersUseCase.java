package io.robotconnect.application.port.in;

import io.robotconnect.application.port.out.DeadLetter;
import java.util.Optional;

/** Shows ops the outbox messages that failed for good (dead letters), oldest first. */
public interface ListDeadLettersUseCase {

  /** One page of the dead letters of {@code channel}, or of every channel. */
  Page<DeadLetter> deadLetters(Optional<String> channel, PageRequest page);
}
