package io.robotconnect.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"id\r\nforged", "id\u001b[2J", "id\u0000", "id\t", "", "a b"})
  void aRequestIdWithControlCharactersOrBlanks_isReplacedByAFreshOne(String hostile) {
    String id = RequestIds.acceptOrCreate(hostile);

    assertThat(id).isNotEqualTo(hostile).matches("[0-9a-f-]{36}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc-123", "7f1c2b9e-0d7e-4d1a-9a0e-1b2c3d4e5f60", "trace:1.2_x"})
  void aPlainRequestId_isKept(String plain) {
    assertThat(RequestIds.acceptOrCreate(plain)).isEqualTo(plain);
  }
}
