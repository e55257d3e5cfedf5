package io.robotconnect.application.port.out;

/** Tells IFTTT's Realtime API which trigger identities and users to poll now. */
public interface RealtimeNotificationPort {

  /** Sends one notification call; never throws for transport or HTTP failures. */
  DeliveryOutcome notify(RealtimeBatch batch);
}
