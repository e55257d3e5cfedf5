package io.robotconnect.acceptance.support;

import io.robotconnect.acceptance.sandbox.ConnectSandbox;
import io.robotconnect.acceptance.sandbox.WebhookSender;
import java.util.Map;

/** The Connect API sandbox the application talks to, started once per test run. */
public final class ConnectDoubles {
  public static final String REDIRECT_URI = "https://app.example.com/ifttt/done";
  public static final String SEED_CONNECTION = "zG58W2uC";
  public static final String RAIN_ALARM_CONNECTION = "RwAlarm01";

  private static ConnectSandbox sandbox;

  private ConnectDoubles() {}

  public static synchronized ConnectSandbox sandbox() {
    if (sandbox == null) {
      sandbox =
          new ConnectSandbox(
                  TestApplication.SERVICE_KEY,
                  new WebhookSender(
                      () -> TestApplication.uri("third-party"), TestApplication.SERVICE_KEY, 10))
              .load("/sandbox/seed-connection.json")
              .load("/sandbox/robot-weather-alarm.json");
      Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "connect-sandbox-stop"));
    }
    return sandbox;
  }

  static Map<String, String> environment() {
    return Map.of(
        "ROBOTCONNECT_CONNECT_API_URL",
        sandbox().baseUri().toString(),
        "ROBOTCONNECT_CONNECT_REDIRECT_URIS",
        REDIRECT_URI,
        "ROBOTCONNECT_CONNECT_TIMEOUT",
        "10");
  }
}
