package io.robotconnect.application.port.in;

/** Forgets a trigger identity no Applet uses any more (IFTTT's trigger identity DELETE). */
public interface DeleteTriggerIdentityUseCase {

  /** Soft-deletes the identity; an unknown or already deleted identity is left as it is. */
  void delete(DeleteTriggerIdentityCommand command);
}
