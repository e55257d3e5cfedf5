package io.robotconnect.adapter.out.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.robotconnect.application.port.out.ConnectApiPort;
import io.robotconnect.application.port.out.RealtimeBatch;
import io.robotconnect.application.port.out.RealtimeNotificationPort;
import io.robotconnect.domain.owner.OwnerId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IftttConnectTest {
  private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

  @Test
  void theConnectApiClient_isRefusedOnceClosed() throws Exception {
    IftttConnect.Client<ConnectApiPort> connectApi =
        IftttConnect.connectApi(
            new ConnectApiSettings(
                NOWHERE,
                ConnectApiSettings.DEFAULT_CONNECT_URL_BASE,
                "key",
                List.of(),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1)),
            TestJson.mapper(),
            TestRetries.connectApi(1),
            new SimpleMeterRegistry());

    connectApi.close();

    assertThatThrownBy(() -> connectApi.port().me(Optional.empty()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theRealtimeClient_isRefusedOnceClosed() throws Exception {
    IftttConnect.Client<RealtimeNotificationPort> realtime =
        IftttConnect.realtime(
            RealtimeSettings.of(NOWHERE, "key"), TestJson.mapper(), new SimpleMeterRegistry());

    realtime.close();

    assertThatThrownBy(
            () ->
                realtime.port().notify(new RealtimeBatch(List.of(), List.of(new OwnerId("alice")))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void connectionDefinitions_readADefinitionFile() {
    assertThat(
            IftttConnect.connectionDefinitions(TestJson.mapper())
                .read("{\"id\":\"C8p3q9T6\",\"name\":\"Robot alarm\"}")
                .name())
        .isEqualTo("Robot alarm");
  }

  @Test
  void connectionDefinitions_refuseWhatIsNotJson() {
    assertThatThrownBy(() -> IftttConnect.connectionDefinitions(TestJson.mapper()).read("{\"id\":"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not JSON: ");
  }
}
