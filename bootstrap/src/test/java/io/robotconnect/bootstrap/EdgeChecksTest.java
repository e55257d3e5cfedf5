package io.robotconnect.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdgeChecksTest {
  private static final int MAX = 1024;

  private static Optional<EdgeChecks.Refusal> check(
      String path, String query, String type, String encoding, long length) {
    return EdgeChecks.refusalOf(path, query, type, encoding, length, MAX);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a%zz", "/a%", "/a%2", "/a%c0%af", "/a%e2%82", "/a%e2%82z", "/a%ff"})
  void badPercentEncodingInThePath_is400(String path) {
    assertThat(check(path, null, null, null, -1))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(400));
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=%zz", "q=a%", "q=%c0%af", "q=%e2%82"})
  void badPercentEncodingInTheQuery_is400(String query) {
    assertThat(check("/a", query, null, null, -1))
        .hasValueSatisfying(r -> assertThat(r.message()).contains("query"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a%2Fb", "/caf%C3%A9", "/a+b", "/%e2%82%ac", "/a%0d%0a"})
  void wellEncodedPaths_pass(String path) {
    assertThat(check(path, "email=a%2Bb%40example.com&x=%E2%82%AC", null, null, -1)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json;",
        "a/b/c",
        "/json",
        "application/json; charset",
        "text/ plain",
        "\""
      })
  void unparsableContentType_is400(String type) {
    assertThat(check("/a", null, type, null, 2))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(400));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "application/x-www-form-urlencoded;charset=\"UTF-8\"",
        "text/plain"
      })
  void validContentTypes_pass(String type) {
    assertThat(check("/a", null, type, null, 2)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"deflate", "br", "x-unknown-coding", "gzip, br"})
  void unsupportedContentEncoding_is415(String coding) {
    assertThat(check("/a", null, "application/json", coding, 2))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(415));
  }

  @ParameterizedTest
  @ValueSource(strings = {"gzip", "GZIP", "x-gzip", "identity"})
  void gzipAndIdentity_pass(String coding) {
    assertThat(check("/a", null, "application/json", coding, 2)).isEmpty();
  }

  @Test
  void aDeclaredLengthOverTheMaximum_is413NamingTheMaximum() {
    assertThat(check("/a", null, "application/json", null, MAX + 1))
        .hasValueSatisfying(
            r -> {
              assertThat(r.status()).isEqualTo(413);
              assertThat(r.message()).contains("1024");
            });
    assertThat(check("/a", null, "application/json", null, MAX)).isEmpty();
  }
}
