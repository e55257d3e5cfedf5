package io.robotconnect.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a list; {@code nextCursor} asks for the next one and is empty on the last page. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }
}
