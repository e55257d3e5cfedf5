package io.robotconnect.application.port.in;

import io.robotconnect.domain.connection.FieldProblem;
import java.util.List;

/** A proposed connection configuration does not fit the connection; one problem per bad field. */
public class InvalidConfigurationException extends RuntimeException {
  private final List<FieldProblem> problems;

  public InvalidConfigurationException(List<FieldProblem> problems) {
    super("The parameters of your request were invalid");
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
