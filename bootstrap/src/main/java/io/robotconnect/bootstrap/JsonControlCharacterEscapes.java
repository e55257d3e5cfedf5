package io.robotconnect.bootstrap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import net.logstash.logback.decorate.JsonFactoryDecorator;

/**
 * Makes the JSON log lines escape every control character {@link EscapedControlCharacters} escapes
 * in the text lines: JSON itself escapes only C0; this adds DEL, C1 and the Unicode line and
 * paragraph separators, so that no value from outside reaches a terminal or a line splitter raw.
 */
public final class JsonControlCharacterEscapes implements JsonFactoryDecorator {

  @Override
  public JsonFactory decorate(JsonFactory factory) {
    return factory.setCharacterEscapes(new Escapes());
  }

  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return EscapedControlCharacters.isControl(c)
          ? new SerializedString(EscapedControlCharacters.unicodeEscape(c))
          : null;
    }
  }
}
