package io.robotconnect.adapter.in.rest.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.robotconnect.adapter.in.rest.ApiPrefix;
import io.robotconnect.adapter.in.rest.RestTestServer;
import io.robotconnect.adapter.in.rest.ServiceKey;
import io.robotconnect.adapter.in.rest.TestRestApi;
import io.robotconnect.application.port.in.CheckReadinessUseCase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LandingPageResourceTest {
  private static final String KEY = "landing-service-key";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

  @Test
  void theRoot_isAnHtmlPage_sayingWhatThisIs() throws Exception {
    try (RestTestServer server = start(ApiPrefix.DEFAULT)) {
      HttpResponse<String> page = get(server, "/");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'none'"));
      assertThat(page.body())
          .startsWith("<!DOCTYPE html>")
          .contains("<title>Robot Connect</title>", "IFTTT integration platform")
          .contains("/third-party/ifttt/v1/status", "docs/README.md");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {ApiPrefix.DEFAULT, "", "/robot/api"})
  void everyLinkOfThePage_answers200_whateverThePrefix(String prefix) throws Exception {
    try (RestTestServer server = start(prefix)) {
      List<String> links = links(get(server, "/").body());

      assertThat(links).contains("/health/live", "/health/ready");
      for (String name : OpenApiResource.NAMES) {
        assertThat(links).contains("/openapi/" + name + ".yaml");
      }
      for (String link : links) {
        assertThat(get(server, link).statusCode()).as(link).isEqualTo(200);
      }
      assertThat(get(server, prefix + "/ifttt/v1/status", "IFTTT-Service-Key", KEY).statusCode())
          .isEqualTo(200);
      assertThat(get(server, "/").body()).contains(prefix + "/ifttt/v1/status");
    }
  }

  @Test
  void givenAnEmptyPrefix_theRootAndTheDescriptions_stayWhereTheyAre() throws Exception {
    try (RestTestServer server = start("")) {
      assertThat(get(server, "/").statusCode()).isEqualTo(200);
      assertThat(get(server, "/openapi/admin-api.yaml").body()).startsWith("openapi: 3.1.0");
      assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
      assertThat(get(server, "/info").statusCode()).isEqualTo(401);
      assertThat(get(server, "/third-party/ifttt/v1/status", "IFTTT-Service-Key", KEY).statusCode())
          .isEqualTo(404);
    }
  }

  private static RestTestServer start(String prefix) {
    CheckReadinessUseCase ready = () -> true;
    return RestTestServer.start(
        new TestRestApi()
            .apiPrefix(new ApiPrefix(prefix))
            .serviceKey(new ServiceKey(KEY))
            .checkReadiness(ready));
  }

  private static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher matcher = LINK.matcher(html);
    while (matcher.find()) {
      links.add(matcher.group(1));
    }
    return links;
  }

  private static HttpResponse<String> get(RestTestServer server, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
