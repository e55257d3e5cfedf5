package io.robotconnect.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InListTest {

  @Test
  void values_areDeduplicated_andPaddedWithTheLastToAPowerOfTwo() throws Exception {
    InList<String> list = InList.of(List.of("a", "b", "a", "c", "d", "e"));

    assertThat(list.placeholders()).isEqualTo("?,?,?,?,?,?,?,?");
    assertThat(bound(list)).containsExactly("a", "b", "c", "d", "e", "e", "e", "e");
  }

  @Test
  void aListWhoseSizeIsAPowerOfTwo_isNotPadded() throws Exception {
    InList<String> list = InList.of(List.of("a", "b", "c", "d"));

    assertThat(list.placeholders()).isEqualTo("?,?,?,?");
    assertThat(bound(list)).containsExactly("a", "b", "c", "d");
  }

  @Test
  void anEmptyList_isRefused() {
    assertThatThrownBy(() -> InList.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<String> bound(InList<String> list) throws Exception {
    List<String> values = new ArrayList<>();
    list.bind(null, 1, (PreparedStatement statement, int index, String value) -> values.add(value));
    return values;
  }
}
