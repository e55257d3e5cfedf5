package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The IFTTT error body: {@code {"errors":[{"status":"SKIP"?,"message":"..."}]}}. */
public record ErrorBody(List<Error> errors) {

  /** One error; {@code status} is only set to {@code SKIP} for actions IFTTT must not retry. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Error(String status, String message) {}

  public static ErrorBody of(String message) {
    return new ErrorBody(List.of(new Error(null, message)));
  }

  public static ErrorBody skip(String message) {
    return new ErrorBody(List.of(new Error("SKIP", message)));
  }
}
