package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestApiTest {
  private final RestApi complete = new TestRestApi().build();

  @Test
  void withoutTheMapperSettingsOrPorts_theAdapterIsNotBuilt() {
    assertThatNullPointerException()
        .isThrownBy(() -> new RestApi(null, complete.settings(), complete.ports()))
        .withMessage("json");
    assertThatNullPointerException()
        .isThrownBy(() -> new RestApi(complete.json(), null, complete.ports()))
        .withMessage("settings");
    assertThatNullPointerException()
        .isThrownBy(() -> new RestApi(complete.json(), complete.settings(), null))
        .withMessage("ports");
  }

  @Test
  void aMissingUseCaseOrSetting_isNamed() {
    RestPorts.Connect connect = complete.ports().connect();
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new RestPorts.Connect(
                    connect.receiveConnectWebhook(),
                    connect.listUnknownWebhooks(),
                    null,
                    connect.runConnectionStep(),
                    connect.createConnectUrl()))
        .withMessage("manageUserConnection");
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                new RestSettings(
                    null, complete.settings().serviceKey(), Optional.empty(), Brand.DEFAULT))
        .withMessage("apiPrefix");
  }
}
