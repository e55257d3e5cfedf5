package io.robotconnect.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {
  private final ServiceTestFakes.Clock clock = new ServiceTestFakes.Clock();

  @Test
  void anEntry_isRememberedUntilItsTimeToLiveRunsOut() {
    ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ofSeconds(5), 10);
    cache.put("k", "v");
    clock.now = clock.now.plusMillis(4_999);
    assertThat(cache.get("k")).hasValue("v");
    clock.now = clock.now.plusMillis(1);
    assertThat(cache.get("k")).isEmpty();
  }

  @Test
  void aFullCache_startsOver_soItStaysBounded() {
    ExpiringCache<Integer, Integer> cache = new ExpiringCache<>(clock, Duration.ofSeconds(5), 3);
    for (int i = 0; i < 4; i++) {
      cache.put(i, i);
    }
    assertThat(cache.get(0)).isEmpty();
    assertThat(cache.get(3)).hasValue(3);
  }

  @Test
  void aZeroTimeToLive_remembersNothing() {
    ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ZERO, 10);
    cache.put("k", "v");
    assertThat(cache.get("k")).isEmpty();
  }

  @Test
  void invalidated_entriesAreForgotten() {
    ExpiringCache<String, String> cache = new ExpiringCache<>(clock, Duration.ofSeconds(5), 10);
    cache.put("a", "1");
    cache.put("b", "2");
    cache.invalidate("a");
    assertThat(cache.get("a")).isEmpty();
    cache.invalidateAll();
    assertThat(cache.get("b")).isEmpty();
  }
}
