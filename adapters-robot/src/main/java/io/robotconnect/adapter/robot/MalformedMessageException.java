package io.robotconnect.adapter.robot;

/** A fleet message that is not a well-formed envelope or payload. */
public class MalformedMessageException extends RuntimeException {
  public MalformedMessageException(String message) {
    super(message);
  }
}
