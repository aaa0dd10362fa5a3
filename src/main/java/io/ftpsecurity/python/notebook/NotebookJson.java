package io.ftpsecurity.python.notebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for .ipynb files (the plugin ships no JSON library). Objects become maps, arrays lists,
 * strings {@link JsonString}s that remember where each decoded character sits in the file, since JSON escapes
 * make the decoded text and the file text differ. Numbers, booleans and null are read and dropped.
 */
final class NotebookJson {

  /** A decoded string and, per decoded char, its [start, end) offsets in the file. */
  record JsonString(String text, int[] starts, int[] ends) {
  }

  private final String json;
  private int pos;

  private NotebookJson(String json) {
    this.json = json;
  }

  /** @throws IllegalArgumentException when the text is not valid JSON */
  static Object parse(String json) {
    NotebookJson reader = new NotebookJson(json);
    reader.skipSpaces();
    Object value = reader.value();
    reader.skipSpaces();
    if (reader.pos != json.length()) {
      throw reader.error("trailing text");
    }
    return value;
  }

  private Object value() {
    if (pos >= json.length()) {
      throw error("unexpected end");
    }
    char first = json.charAt(pos);
    return switch (first) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      default -> scalar();
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> members = new LinkedHashMap<>();
    pos++;
    skipSpaces();
    if (peek() == '}') {
      pos++;
      return members;
    }
    while (true) {
      skipSpaces();
      String key = string().text();
      skipSpaces();
      expect(':');
      skipSpaces();
      members.put(key, value());
      skipSpaces();
      if (peek() == ',') {
        pos++;
      } else {
        expect('}');
        return members;
      }
    }
  }

  private List<Object> array() {
    List<Object> items = new ArrayList<>();
    pos++;
    skipSpaces();
    if (peek() == ']') {
      pos++;
      return items;
    }
    while (true) {
      skipSpaces();
      items.add(value());
      skipSpaces();
      if (peek() == ',') {
        pos++;
      } else {
        expect(']');
        return items;
      }
    }
  }

  private JsonString string() {
    expect('"');
    StringBuilder text = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    while (true) {
      if (pos >= json.length()) {
        throw error("unterminated string");
      }
      int start = pos;
      char c = json.charAt(pos++);
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c == '\\') {
        c = escape();
      }
      text.append(c);
      spans.add(new int[] {start, pos});
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
    }
    return new JsonString(text.toString(), starts, ends);
  }

  private char escape() {
    char c = peek();
    pos++;
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> {
        if (pos + 4 > json.length()) {
          throw error("short unicode escape");
        }
        try {
          char decoded = (char) Integer.parseInt(json.substring(pos, pos + 4), 16);
          pos += 4;
          yield decoded;
        } catch (NumberFormatException e) {
          throw error("bad unicode escape");
        }
      }
      default -> throw error("bad escape");
    };
  }

  /** Numbers, true, false, null: their value is never needed. */
  private Object scalar() {
    int start = pos;
    while (pos < json.length() && "{}[],: \t\r\n\"".indexOf(json.charAt(pos)) < 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character");
    }
    return json.substring(start, pos);
  }

  private char peek() {
    if (pos >= json.length()) {
      throw error("unexpected end");
    }
    return json.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skipSpaces() {
    while (pos < json.length() && " \t\r\n".indexOf(json.charAt(pos)) >= 0) {
      pos++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("Invalid notebook JSON at offset " + pos + ": " + what);
  }
}
