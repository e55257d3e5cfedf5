package io.robotconnect.domain.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field value filled from a trigger event: text with {@code {{ingredients.Name}}} placeholders.
 * Only ingredients can be referred to; an ingredient the event lacks renders as empty text.
 */
public record FieldTemplate(String text) {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern INGREDIENT = Pattern.compile("ingredients\\.([A-Za-z0-9_]+)");

  public FieldTemplate {
    if (text == null) {
      throw new IllegalArgumentException("template text is required");
    }
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!INGREDIENT.matcher(matcher.group(1)).matches()) {
        throw new IllegalArgumentException(
            "a template may only use {{ingredients.Name}}: " + matcher.group());
      }
    }
    String withoutPlaceholders = PLACEHOLDER.matcher(text).replaceAll("");
    if (withoutPlaceholders.contains("{{") || withoutPlaceholders.contains("}}")) {
      throw new IllegalArgumentException("unbalanced braces in template: " + text);
    }
  }

  /** The ingredient names the template uses. */
  public List<String> ingredients() {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      Matcher ingredient = INGREDIENT.matcher(matcher.group(1));
      if (ingredient.matches()) {
        names.add(ingredient.group(1));
      }
    }
    return names;
  }

  /** The text with every placeholder replaced by the event's ingredient. */
  public String render(Map<String, String> ingredients) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Matcher ingredient = INGREDIENT.matcher(matcher.group(1));
      ingredient.matches();
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(ingredients.getOrDefault(ingredient.group(1), "")));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
