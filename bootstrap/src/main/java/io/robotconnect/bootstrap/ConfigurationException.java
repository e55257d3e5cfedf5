package io.robotconnect.bootstrap;

/** A setting is wrong; start-up stops with one line naming the variable. */
public class ConfigurationException extends RuntimeException {
  private final String variable;

  public ConfigurationException(String variable, String problem) {
    super(variable + ": " + problem);
    this.variable = variable;
  }

  public ConfigurationException(String variable, String problem, Throwable cause) {
    super(variable + ": " + problem, cause);
    this.variable = variable;
  }

  public String variable() {
    return variable;
  }
}
