package io.robotconnect.adapter.robot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payload of a robot's {@code ifttt_trigger}: the trigger identity of the phrase it heard and
 * the trigger's fields.
 */
record TriggerPayload(String name, Params params) {
  static final String NAME = "ifttt_trigger";

  TriggerPayload {
    params = params == null ? new Params(null, null) : params;
  }

  /**
   * @param triggerIdentity blank when the robot sent none
   * @param triggerFields as the robot sent them; see {@link #plainFields()}
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Params(String triggerIdentity, JsonNode triggerFields) {
    Params {
      triggerIdentity = triggerIdentity == null ? "" : triggerIdentity;
    }

    /** The trigger fields that have a plain value, as text; objects and arrays are skipped. */
    Map<String, String> plainFields() {
      Map<String, String> fields = new LinkedHashMap<>();
      if (triggerFields == null) {
        return fields;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = triggerFields.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isValueNode()) {
          fields.put(field.getKey(), field.getValue().asText());
        }
      }
      return fields;
    }
  }
}
