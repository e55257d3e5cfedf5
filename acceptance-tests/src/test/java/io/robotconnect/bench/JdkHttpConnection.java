package io.robotconnect.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One thread's connection through the JDK's {@code java.net.http} client (its own client, so its
 * own keep-alive HTTP/1.1 connection). Heavier on the client side than {@link PlainHttpConnection}.
 */
final class JdkHttpConnection implements BenchmarkConnection {
  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  JdkHttpConnection(URI base) {
    this.base = base;
  }

  @Override
  public Answer send(String method, String path, String headers, byte[] body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    for (String line : headers.split("\r\n")) {
      if (!line.isEmpty()) {
        int colon = line.indexOf(':');
        request.header(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    try {
      HttpResponse<byte[]> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    // the client's connections close when it is collected; nothing is held open on purpose
  }
}
