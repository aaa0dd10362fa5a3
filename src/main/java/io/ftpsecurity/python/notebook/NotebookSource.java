package io.ftpsecurity.python.notebook;

import io.ftpsecurity.python.notebook.NotebookJson.JsonString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Python code of a notebook's code cells, one after the other, and where each of its characters sits in the
 * .ipynb file, so that a location found in the code can be reported in the notebook. IPython-only lines (magics
 * {@code %}, shell {@code !}, help {@code ?}) are not Python: each becomes {@code pass} at the same indentation, so
 * that line numbers and blocks stay as they were. A cell magic ({@code %%bash}...) makes the whole cell blank lines.
 */
public final class NotebookSource {

  /** A position in the .ipynb file: line from 1, column (offset in the line) from 0, as SonarQube counts them. */
  public record Position(int line, int column) {
  }

  private static final Pattern HELP = Pattern.compile("\\?{1,2}[\\w.]*|[\\w.]+\\?{1,2}");
  private static final Pattern MAGIC_ASSIGNMENT = Pattern.compile("[\\w.,\\s\\[\\]()]+=\\s*[%!].*");

  private final String code;
  /** Per generated line (index 0 = line 1): per char plus one past the end, its file offset start and end. */
  private final List<int[]> starts;
  private final List<int[]> ends;
  private final int[] lineStarts;

  private NotebookSource(String code, List<int[]> starts, List<int[]> ends, int[] lineStarts) {
    this.code = code;
    this.starts = starts;
    this.ends = ends;
    this.lineStarts = lineStarts;
  }

  /** @throws IllegalArgumentException when the file is not a notebook we can read */
  public static NotebookSource of(String json) {
    Object root = NotebookJson.parse(json);
    if (!(root instanceof Map<?, ?> notebook) || !(notebook.get("cells") instanceof List<?> cells)) {
      throw new IllegalArgumentException("Not a notebook: no \"cells\" list");
    }
    Builder builder = new Builder();
    for (Object cell : cells) {
      if (cell instanceof Map<?, ?> fields && isCode(fields.get("cell_type"))) {
        builder.addCell(sourceOf(fields.get("source")));
      }
    }
    return new NotebookSource(builder.code.toString(), builder.starts, builder.ends, lineStarts(json));
  }

  public String code() {
    return code;
  }

  /** Where the generated code's char at (line from 1, column from 0) starts in the file; past the end: the end. */
  public Position start(int line, int column) {
    int[] lineStartsOfChars = starts.get(Math.min(line, starts.size()) - 1);
    return position(lineStartsOfChars[Math.min(column, lineStartsOfChars.length - 1)]);
  }

  /** Where the generated code's range ending before (line, column) ends in the file. */
  public Position end(int line, int column) {
    int[] lineEnds = ends.get(Math.min(line, ends.size()) - 1);
    return column == 0 ? start(line, 0) : position(lineEnds[Math.min(column, lineEnds.length) - 1]);
  }

  private static boolean isCode(Object cellType) {
    return cellType instanceof JsonString type && "code".equals(type.text());
  }

  /** {@code "source"} is a string or a list of strings (nbformat 4). */
  private static List<JsonString> sourceOf(Object source) {
    List<JsonString> parts = new ArrayList<>();
    if (source instanceof JsonString text) {
      parts.add(text);
    } else if (source instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof JsonString text) {
          parts.add(text);
        }
      }
    }
    return parts;
  }

  private Position position(int offset) {
    int index = java.util.Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new Position(line + 1, offset - lineStarts[line]);
  }

  /** Offsets where the file's lines start; "\r\n", "\r" and "\n" end a line. */
  private static int[] lineStarts(String text) {
    List<Integer> found = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        found.add(i + 1);
      }
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  private static final class Builder {
    private final StringBuilder code = new StringBuilder();
    private final List<int[]> starts = new ArrayList<>();
    private final List<int[]> ends = new ArrayList<>();

    /** One cell: its lines, each char with its file span; a cell always ends with a line break. */
    void addCell(List<JsonString> parts) {
      List<StringBuilder> lineTexts = new ArrayList<>();
      List<List<int[]>> lineSpans = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      List<int[]> spans = new ArrayList<>();
      int lastEnd = -1;
      for (JsonString part : parts) {
        String value = part.text();
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          lastEnd = part.ends()[i];
          if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
              continue;
            }
            spans.add(new int[] {part.starts()[i], part.ends()[i]});
            lineTexts.add(text);
            lineSpans.add(spans);
            text = new StringBuilder();
            spans = new ArrayList<>();
          } else {
            text.append(c);
            spans.add(new int[] {part.starts()[i], part.ends()[i]});
          }
        }
      }
      if (!text.isEmpty() || lineTexts.isEmpty()) {
        // the line break we add after the cell's last line points just past its last char
        spans.add(new int[] {Math.max(lastEnd, 0), Math.max(lastEnd, 0)});
        lineTexts.add(text);
        lineSpans.add(spans);
      }
      boolean cellMagic = !lineTexts.isEmpty() && lineTexts.get(0).toString().stripLeading().startsWith("%%");
      for (int i = 0; i < lineTexts.size(); i++) {
        String line = lineTexts.get(i).toString();
        List<int[]> lineSpan = lineSpans.get(i);
        String python = cellMagic ? "" : pythonOf(line);
        code.append(python).append('\n');
        int[] lineStarts = new int[python.length() + 1];
        int[] lineEnds = new int[python.length() + 1];
        for (int c = 0; c <= python.length(); c++) {
          // a "pass" longer than the magic it replaces points its extra chars at the magic's last char
          int[] span = lineSpan.get(Math.min(c, lineSpan.size() - 1));
          lineStarts[c] = span[0];
          lineEnds[c] = span[1];
        }
        starts.add(lineStarts);
        ends.add(lineEnds);
      }
    }

    /** The line itself, or {@code pass} at its indentation when IPython syntax would not parse. */
    private static String pythonOf(String line) {
      String content = line.strip();
      boolean ipythonOnly = content.startsWith("%") || content.startsWith("!")
        || HELP.matcher(content).matches() || MAGIC_ASSIGNMENT.matcher(content).matches();
      if (!ipythonOnly) {
        return line;
      }
      String indentation = line.substring(0, line.indexOf(content.charAt(0)));
      return indentation + "pass";
    }
  }
}
