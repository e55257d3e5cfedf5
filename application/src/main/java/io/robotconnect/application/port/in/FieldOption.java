package io.robotconnect.application.port.in;

/** One choice offered for a field: the label shown to people and the value IFTTT sends back. */
public record FieldOption(String label, String value) {
  public FieldOption {
    if (label == null || label.isBlank() || value == null || value.isBlank()) {
      throw new IllegalArgumentException("an option needs a label and a value");
    }
  }
}
