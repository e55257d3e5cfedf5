package io.robotconnect.adapter.out.connect;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to call IFTTT's Realtime API.
 *
 * @param baseUrl e.g. {@code https://realtime.ifttt.com}; {@code /v1/notifications} is appended
 * @param serviceKey the service key IFTTT gave the service (sent as {@code IFTTT-Service-Key})
 */
public record RealtimeSettings(
    URI baseUrl, String serviceKey, Duration connectTimeout, Duration readTimeout) {
  public static final String DEFAULT_URL = "https://realtime.ifttt.com";

  public RealtimeSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (serviceKey == null || serviceKey.isBlank()) {
      throw new IllegalArgumentException("the Realtime API needs the IFTTT service key");
    }
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
  }

  public static RealtimeSettings of(URI baseUrl, String serviceKey) {
    return new RealtimeSettings(baseUrl, serviceKey, Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  @Override
  public String toString() {
    return "RealtimeSettings[" + baseUrl + "]";
  }
}
