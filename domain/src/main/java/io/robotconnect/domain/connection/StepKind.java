package io.robotconnect.domain.connection;

/** What a connection step does: fire (trigger), read (query) or change (action). */
public enum StepKind {
  TRIGGER("triggers"),
  QUERY("queries"),
  ACTION("actions");

  private final String pathSegment;

  StepKind(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** The Connect API path segment, e.g. {@code actions}. */
  public String pathSegment() {
    return pathSegment;
  }
}
