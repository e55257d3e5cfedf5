package io.robotconnect.acceptance.support;

import java.util.HashMap;
import java.util.Map;

/**
 * The test doubles of the outside world (IFTTT's Realtime and Connect APIs, robots), started before
 * the application; their environment variables point the application at them.
 */
public final class TestDoubles {
  private TestDoubles() {}

  static Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.putAll(ConnectDoubles.environment());
    env.putAll(RealtimeDouble.environment());
    return env;
  }
}
