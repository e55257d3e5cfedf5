package io.robotconnect.adapter.in.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Optional;

/** Says what is wrong with a request body Jackson could not read, naming the field when it can. */
public final class JsonProblems {
  private JsonProblems() {}

  /** The message for the caller; {@code reader} read the body, the limits it names are its own. */
  public static String describe(JsonProcessingException e, ObjectMapper reader) {
    Optional<StreamConstraintsException> limit = causeOf(e, StreamConstraintsException.class);
    if (limit.isPresent()) {
      return describeLimit(limit.get(), reader.getFactory().streamReadConstraints());
    }
    Optional<IllegalArgumentException> invalid = causeOf(e, IllegalArgumentException.class);
    if (e instanceof ValueInstantiationException && invalid.isPresent()) {
      return invalid.get().getMessage();
    }
    Optional<String> field = field(e);
    if (e instanceof MismatchedInputException) {
      return field
          .map(f -> "The request body has a value of the wrong type: " + f)
          .orElse("The request body must be a JSON object");
    }
    if (isDuplicateKey(e)) {
      String key = e.getProcessor() instanceof JsonParser parser ? currentName(parser) : null;
      return key == null
          ? "The request body repeats a key"
          : "The request body repeats the key " + key;
    }
    return "The request body is not valid JSON";
  }

  /** Where in the body the problem is, as {@code places[0].name}, when Jackson knows. */
  public static Optional<String> field(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(path(mapping.getPath()));
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String describeLimit(StreamConstraintsException e, StreamReadConstraints limits) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("NestingDepth")) {
      return "The request body nests deeper than " + limits.getMaxNestingDepth() + " levels";
    }
    if (message.contains("NameLength")) {
      return "The request body has a key longer than " + limits.getMaxNameLength() + " characters";
    }
    if (message.contains("StringLength")) {
      return "The request body has a text longer than "
          + limits.getMaxStringLength()
          + " characters";
    }
    return "The request body exceeds a size limit";
  }

  private static boolean isDuplicateKey(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    return message != null && message.startsWith("Duplicate");
  }

  private static String currentName(JsonParser parser) {
    try {
      return parser.currentName();
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
