package io.robotconnect.application.port.out;

/** The store (the database) cannot be reached now; nothing was written, the caller may retry. */
public class StorageUnavailableException extends RuntimeException {
  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
