package io.robotconnect.domain.connection;

/** A service step named the way the Connect API names it: {@code service_id.step_id}. */
public record StepRef(String serviceId, String stepId) {
  public StepRef {
    Ids.require(serviceId, "service id");
    Ids.require(stepId, "step id");
    if (serviceId.contains(".")) {
      throw new IllegalArgumentException("service id must not contain '.': " + serviceId);
    }
  }

  /** Parses {@code service_id.step_id}. */
  public static StepRef parse(String qualified) {
    int dot = qualified == null ? -1 : qualified.indexOf('.');
    if (dot <= 0 || dot == qualified.length() - 1) {
      throw new IllegalArgumentException("a step id is written service_id.step_id");
    }
    return new StepRef(qualified.substring(0, dot), qualified.substring(dot + 1));
  }

  public String qualified() {
    return serviceId + "." + stepId;
  }

  @Override
  public String toString() {
    return qualified();
  }
}
