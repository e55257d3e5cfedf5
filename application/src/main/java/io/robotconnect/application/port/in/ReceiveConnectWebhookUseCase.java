package io.robotconnect.application.port.in;

/** Takes a Connect webhook: records it once per request id and queues its processing. */
public interface ReceiveConnectWebhookUseCase {

  WebhookAcceptance receive(ReceiveConnectWebhookCommand command);

  /** What became of a webhook; every outcome is acknowledged to IFTTT with 200. */
  enum WebhookAcceptance {
    /** New and known: queued for processing. */
    ACCEPTED,
    /** Its request id was seen before: not acted on again. */
    DUPLICATE,
    /** New but of a type or event the platform does not know: kept for inspection. */
    KEPT_UNKNOWN
  }
}
