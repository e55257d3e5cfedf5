package io.robotconnect.application.port.in;

/** Tells whether the service can do its work now (its database answers). */
public interface CheckReadinessUseCase {

  boolean isReady();
}
