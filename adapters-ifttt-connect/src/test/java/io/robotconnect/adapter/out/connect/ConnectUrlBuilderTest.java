package io.robotconnect.adapter.out.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.domain.connection.ConnectUrlRequest;
import io.robotconnect.domain.connection.ConnectionId;
import io.robotconnect.domain.owner.EmailAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectUrlBuilderTest {
  private static final URI REDIRECT = URI.create("https://app.example.com/ifttt/done");
  private final ConnectUrlBuilder builder =
      new ConnectUrlBuilder(URI.create("https://ifttt.com"), List.of(REDIRECT));

  @Test
  void fullRequest_buildsTheDocumentedUrl() {
    URI url =
        builder.build(
            new ConnectUrlRequest(
                new ConnectionId("C8p3q9T6"),
                new EmailAddress("me@ifttt.com"),
                Optional.of(REDIRECT),
                Optional.of("sf9o8usfl-2f3l-f23kj"),
                true));

    assertThat(url)
        .hasToString(
            "https://ifttt.com/connect/C8p3q9T6?email=me%40ifttt.com"
                + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fifttt%2Fdone"
                + "&code=sf9o8usfl-2f3l-f23kj&skip_config=true");
  }

  @Test
  void emailOnly_isEnough() {
    URI url =
        builder.build(
            new ConnectUrlRequest(
                new ConnectionId("C8p3q9T6"),
                new EmailAddress("me@ifttt.com"),
                Optional.empty(),
                Optional.empty(),
                false));

    assertThat(url).hasToString("https://ifttt.com/connect/C8p3q9T6?email=me%40ifttt.com");
  }

  @Test
  void givenUnregisteredRedirect_build_isRefused() {
    assertThatThrownBy(
            () ->
                builder.build(
                    new ConnectUrlRequest(
                        new ConnectionId("C8p3q9T6"),
                        new EmailAddress("me@ifttt.com"),
                        Optional.of(URI.create("https://evil.example.com/")),
                        Optional.empty(),
                        false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not registered");
  }

  @Test
  void givenSkipConfigWithoutRedirect_request_isRefused() {
    assertThatThrownBy(
            () ->
                new ConnectUrlRequest(
                    new ConnectionId("C8p3q9T6"),
                    new EmailAddress("me@ifttt.com"),
                    Optional.empty(),
                    Optional.empty(),
                    true))
        .hasMessageContaining("redirect_uri is required");
  }
}
