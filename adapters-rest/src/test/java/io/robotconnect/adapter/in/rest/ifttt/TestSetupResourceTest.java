package io.robotconnect.adapter.in.rest.ifttt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.ServiceKey;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.application.port.in.TestSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestSetupResourceTest {
  private static final String KEY = "service-key-for-tests";

  private final StubUseCases useCases = new StubUseCases();
  private RestTestServer server;
  private ServiceApiClient ifttt;

  @BeforeEach
  void start() {
    useCases.setup =
        new TestSetup(
            "test-owner-token",
            "hello robot",
            "x".repeat(101),
            "giggle",
            "Kitchen",
            "nope",
            "Moon");
    server =
        RestTestServer.start(new TestRestApi().serviceKey(new ServiceKey(KEY)).setUpTest(useCases));
    ifttt = new ServiceApiClient(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void testSetup_withServiceKey_answersTokenAndSamplesForEveryEndpoint() {
    ServiceApiClient.Answer answer = ifttt.post("test/setup", "", "IFTTT-Service-Key", KEY);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.isJsonUtf8()).isTrue();
    JsonNode data = answer.json().get("data");
    assertThat(data.get("accessToken").asText()).isEqualTo("test-owner-token");
    JsonNode samples = data.get("samples");
    assertThat(samples.at("/triggers/voice_command/voice_command").asText())
        .isEqualTo("hello robot");
    assertThat(samples.at("/triggerFieldValidations/voice_command/voice_command/valid").asText())
        .isEqualTo("hello robot");
    assertThat(samples.at("/triggerFieldValidations/voice_command/voice_command/invalid").asText())
        .hasSize(101);
    assertThat(samples.at("/actions/animation/action").asText()).isEqualTo("giggle");
    assertThat(samples.at("/actions/move/place").asText()).isEqualTo("Kitchen");
    assertThat(samples.at("/actions/dock").isObject()).isTrue();
    assertThat(samples.at("/actionRecordSkipping/animation/action").asText()).isEqualTo("nope");
    assertThat(samples.at("/actionRecordSkipping/move/place").asText()).isEqualTo("Moon");
  }

  @Test
  void testSetup_withInvalidServiceKey_isUnauthorized_andSetsNothingUp() {
    ServiceApiClient.Answer answer = ifttt.post("test/setup", "", "IFTTT-Service-Key", "INVALID");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.json().get("errors").get(0).get("message").asText()).isNotBlank();
    assertThat(useCases.calls).isEmpty();
  }

  @Test
  void testSetup_withAUserTokenInsteadOfTheKey_isUnauthorized() {
    ServiceApiClient.Answer answer =
        ifttt.post("test/setup", "{}", "Authorization", "Bearer test-owner-token");

    assertThat(answer.status()).isEqualTo(401);
  }
}
