package io.robotconnect.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores trees of domain records (connection definitions, user features) as JSON text: each record
 * component by name, {@code Optional} as a value or null, a sealed interface's implementation under
 * {@code "@type"}. Reading goes through the records' constructors, so stored documents are checked
 * by the domain's invariants again.
 */
final class RecordDocuments {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RecordDocuments() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(toNode(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record tree is always JSON", e);
    }
  }

  static <T> T read(String json, Type type) {
    try {
      @SuppressWarnings("unchecked")
      T value = (T) fromNode(MAPPER.readTree(json), type);
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored document is not JSON: " + e.getMessage(), e);
    }
  }

  /** The type {@code List<element>} for {@link #read}. */
  static Type listOf(Class<?> element) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {element};
      }

      @Override
      public Type getRawType() {
        return List.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }
    };
  }

  private static JsonNode toNode(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(RecordDocuments::toNode).orElse(NODES.nullNode());
    }
    if (value instanceof String text) {
      return NODES.textNode(text);
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Integer number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Long number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Double number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Enum<?> constant) {
      return NODES.textNode(constant.name());
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(toNode(item)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(k.toString(), toNode(v)));
      return object;
    }
    if (value instanceof Record record) {
      ObjectNode object = NODES.objectNode();
      Class<?> type = record.getClass();
      if (isSealedMember(type)) {
        object.put("@type", type.getSimpleName());
      }
      for (RecordComponent component : type.getRecordComponents()) {
        try {
          object.set(component.getName(), toNode(component.getAccessor().invoke(record)));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
      return object;
    }
    throw new IllegalArgumentException("cannot store a " + value.getClass());
  }

  private static boolean isSealedMember(Class<?> type) {
    for (Class<?> parent : type.getInterfaces()) {
      if (parent.isSealed()) {
        return true;
      }
    }
    return false;
  }

  private static Object fromNode(JsonNode node, Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == Optional.class) {
        return node == null || node.isNull()
            ? Optional.empty()
            : Optional.of(fromNode(node, arguments[0]));
      }
      if (raw == List.class) {
        List<Object> list = new ArrayList<>();
        node.forEach(item -> list.add(fromNode(item, arguments[0])));
        return list;
      }
      if (raw == Map.class) {
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields()
            .forEachRemaining(e -> map.put(e.getKey(), fromNode(e.getValue(), arguments[1])));
        return map;
      }
      throw new IllegalArgumentException("cannot read a " + type);
    }
    Class<?> raw = (Class<?>) type;
    if (node == null || node.isNull()) {
      return null;
    }
    if (raw == String.class) {
      return node.asText();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return node.asBoolean();
    }
    if (raw == int.class || raw == Integer.class) {
      return node.asInt();
    }
    if (raw == long.class || raw == Long.class) {
      return node.asLong();
    }
    if (raw == double.class || raw == Double.class) {
      return node.asDouble();
    }
    if (raw.isEnum()) {
      return enumConstant(raw, node.asText());
    }
    if (raw.isSealed()) {
      String name = node.path("@type").asText();
      for (Class<?> permitted : raw.getPermittedSubclasses()) {
        if (permitted.getSimpleName().equals(name)) {
          return fromNode(node, permitted);
        }
      }
      throw new IllegalStateException("unknown " + raw.getSimpleName() + " kind: " + name);
    }
    if (raw.isRecord()) {
      RecordComponent[] components = raw.getRecordComponents();
      Class<?>[] parameterTypes = new Class<?>[components.length];
      Object[] arguments = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        parameterTypes[i] = components[i].getType();
        arguments[i] = fromNode(node.get(components[i].getName()), components[i].getGenericType());
      }
      try {
        Constructor<?> constructor = raw.getDeclaredConstructor(parameterTypes);
        return constructor.newInstance(arguments);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(
            "stored " + raw.getSimpleName() + " is invalid: " + e.getCause().getMessage(),
            e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + raw, e);
      }
    }
    throw new IllegalArgumentException("cannot read a " + type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    return Enum.valueOf((Class) type, name);
  }
}
