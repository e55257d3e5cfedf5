package io.robotconnect.acceptance.support;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

/** A request to the running application, built the one way the drivers send theirs. */
public final class AppRequests {
  private AppRequests() {}

  /** {@code method path} with the body (if any), its content type (if any) and the headers. */
  public static HttpRequest build(
      String method,
      String path,
      String contentType,
      String body,
      Map<String, String> headers,
      Duration timeout) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestApplication.uri(path))
            .timeout(timeout)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    return request.build();
  }
}
