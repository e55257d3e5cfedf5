package io.robotconnect.domain.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.robotconnect.domain.owner.OwnerId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionLimitsTest {

  @Test
  void aUserFeatureId_fitsItsColumn_orIsRefused() {
    String longest = "u".repeat(Ids.MAX_LENGTH);

    assertThat(new UserFeature(Optional.of(longest), "f", true, List.of(), List.of()).id())
        .contains(longest);
    assertThatThrownBy(
            () ->
                new UserFeature(Optional.of("u".repeat(100_000)), "f", true, List.of(), List.of()))
        .hasMessageContaining("user_feature_id must be at most 200 characters");
  }

  @Test
  void ids_refuseControlCharacters() {
    assertThatThrownBy(() -> UserField.of("a\u0000b", new FieldValue.Text("x")))
        .hasMessageContaining("field id must not contain control characters");
    assertThatThrownBy(() -> StepRef.parse("svc.a\nb")).hasMessageContaining("step id");
  }

  @Test
  void fieldValues_areAtMostTheirMaximum() {
    String longest = "v".repeat(FieldValue.MAX_TEXT_LENGTH);

    assertThat(new FieldValue.Text(longest).value()).hasSize(FieldValue.MAX_TEXT_LENGTH);
    assertThatThrownBy(() -> new FieldValue.Text(longest + "v")).hasMessageContaining("10000");
    assertThatThrownBy(() -> FieldValue.Option.of(longest + "l", "v"))
        .hasMessageContaining("label");
  }

  @Test
  void aFeatureHasBoundedFields() {
    List<UserField> fields = new java.util.ArrayList<>();
    for (int i = 0; i <= UserFeature.MAX_FIELDS; i++) {
      fields.add(UserField.of("f" + i, new FieldValue.Text("x")));
    }

    assertThatThrownBy(() -> new UserFeature(Optional.empty(), "f", true, fields, List.of()))
        .hasMessageContaining("at most 100 user fields");
  }

  @Test
  void ingredients_areBoundedInCountAndSize() {
    Map<String, String> many = new HashMap<>();
    for (int i = 0; i <= ConnectionTriggerEvent.MAX_INGREDIENTS; i++) {
      many.put("i" + i, "v");
    }

    assertThatThrownBy(() -> ConnectionTriggerEvent.requireIngredients(many))
        .hasMessageContaining("at most 100 ingredients");
    assertThatThrownBy(
            () ->
                ConnectionTriggerEvent.requireIngredients(
                    Map.of(
                        "Name",
                        "x".repeat(ConnectionTriggerEvent.MAX_INGREDIENT_VALUE_LENGTH + 1))))
        .hasMessageContaining("ingredient Name");
    assertThatThrownBy(
            () ->
                new ConnectionTriggerEvent(
                    "e",
                    new ConnectionId("c"),
                    new OwnerId("o"),
                    StepRef.parse("s.t"),
                    "f",
                    Optional.empty(),
                    Optional.of("t".repeat(201)),
                    Map.of(),
                    Instant.EPOCH))
        .hasMessageContaining("user_feature_trigger_id");
  }

  @Test
  void connectionIds_areNotEchoedWhenRefused() {
    assertThatThrownBy(() -> new ConnectionId("x".repeat(2000)))
        .hasMessage("connection id must be 1-64 of [A-Za-z0-9_-]");
  }
}
