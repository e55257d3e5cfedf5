package io.robotconnect.application.port.out;

/**
 * Logic for a fired connection trigger that a behaviour declaration cannot express; product teams
 * implement it and list the class in {@code META-INF/services}. A declaration runs it with {@code
 * custom: <name>}.
 */
public interface FeatureExtension {

  /** The name declarations use, e.g. {@code rain-report}. */
  String name();

  /**
   * Reacts to one fired trigger. Throwing makes the platform try again later, so what it does
   * before throwing may happen again.
   */
  void onTriggerFired(FiredTriggerContext context);
}
