package io.robotconnect.adapter.in.rest.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OAuthResponsesTest {

  @Test
  void aRefusedRequest_isAnInvalidRequest() {
    assertThat(OAuthResponses.refused(415, "no").error()).isEqualTo("invalid_request");
  }

  @Test
  void aFailureOfOurs_isAServerError_andAnOutageTemporarilyUnavailable() {
    assertThat(OAuthResponses.refused(500, "bug").error()).isEqualTo("server_error");
    assertThat(OAuthResponses.refused(503, "down").error()).isEqualTo("temporarily_unavailable");
    assertThat(OAuthResponses.refused(503, "down").errorDescription()).isEqualTo("down");
  }
}
