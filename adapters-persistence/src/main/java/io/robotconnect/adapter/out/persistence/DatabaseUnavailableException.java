package io.robotconnect.adapter.out.persistence;

/** The database could not be reached (or migrated) when the application started. */
public class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
