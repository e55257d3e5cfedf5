package io.robotconnect.adapter.in.rest.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.robotconnect.application.port.in.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code data}, and {@code next_cursor} unless it is the last page. */
public record PageBody(List<?> data, @JsonProperty("next_cursor") String nextCursor) {

  public static <T> PageBody of(Page<T> page, Function<T, ?> view) {
    return new PageBody(page.items().stream().map(view).toList(), page.nextCursor().orElse(null));
  }
}
