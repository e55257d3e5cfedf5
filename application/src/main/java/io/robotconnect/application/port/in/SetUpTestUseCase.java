package io.robotconnect.application.port.in;

/** Prepares the test owner IFTTT's endpoint tester acts as, and the samples it uses. */
public interface SetUpTestUseCase {

  /**
   * Creates the test owner with a robot, mapped places and past voice commands when missing
   * (calling it again changes nothing real users have), and issues a fresh access token.
   */
  TestSetup setUp();
}
