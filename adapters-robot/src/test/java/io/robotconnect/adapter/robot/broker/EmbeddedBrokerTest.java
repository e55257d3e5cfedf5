package io.robotconnect.adapter.robot.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddedBrokerTest {

  @Test
  void aPortInUse_stopsTheStart_namingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> new EmbeddedBroker("127.0.0.1", port, Optional.empty()).start())
          .isInstanceOf(EmbeddedBroker.PortInUseException.class)
          .hasMessageContaining(Integer.toString(port));
    }
  }

  @Test
  void aStartedBroker_acceptsConnections_untilClosed() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (EmbeddedBroker broker = new EmbeddedBroker("127.0.0.1", port, Optional.empty()).start()) {
      assertThat(broker.url()).isEqualTo("tcp://127.0.0.1:" + port);
      try (Socket client = new Socket("127.0.0.1", port)) {
        assertThat(client.isConnected()).isTrue();
      }
    }
  }
}
