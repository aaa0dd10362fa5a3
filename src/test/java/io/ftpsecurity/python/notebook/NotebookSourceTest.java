package io.ftpsecurity.python.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ftpsecurity.python.notebook.NotebookSource.Position;
import org.junit.jupiter.api.Test;

class NotebookSourceTest {

  private static String notebook(String... cells) {
    return "{\n \"cells\": [\n" + String.join(",\n", cells) + "\n ],\n \"nbformat\": 4\n}\n";
  }

  private static String code(String source) {
    return "  {\"cell_type\": \"code\", \"metadata\": {}, \"outputs\": [], \"execution_count\": null,\n   \"source\": "
      + source + "}";
  }

  @Test
  void code_cells_follow_each_other_and_other_cells_are_left_out() {
    NotebookSource source = NotebookSource.of(notebook(
      "  {\"cell_type\": \"markdown\", \"source\": [\"# Title\\n\", \"text\"]}",
      code("[\n    \"import os\\n\",\n    \"x = 1\"\n   ]"),
      code("\"y = 2\\nz = 3\\n\"")));
    assertThat(source.code()).isEqualTo("import os\nx = 1\ny = 2\nz = 3\n");
  }

  @Test
  void positions_are_those_of_the_escaped_text_in_the_file() {
    String json = notebook(code("[\n    \"ftp = FTP(\\\"h\\\\u\\\") # \\u00e9\\n\"\n   ]"));
    NotebookSource source = NotebookSource.of(json);
    assertThat(source.code()).isEqualTo("ftp = FTP(\"h\\u\") # \u00e9\n");
    String fileLine = json.lines().toList().get(4);
    assertThat(fileLine).isEqualTo("    \"ftp = FTP(\\\"h\\\\u\\\") # \\u00e9\\n\"");
    // the string literal: starts at the escaped quote, ends after the escaped closing quote
    Position start = source.start(1, 10);
    Position end = source.end(1, 15);
    assertThat(start).isEqualTo(new Position(5, fileLine.indexOf("\\\"h")));
    assertThat(fileLine.substring(start.column(), end.column())).isEqualTo("\\\"h\\\\u\\\"");
    assertThat(fileLine.substring(source.start(1, 19).column(), source.end(1, 20).column())).isEqualTo("\\u00e9");
  }

  @Test
  void several_lines_in_one_json_string_stay_on_the_same_file_line() {
    String json = notebook(code("\"a = 1\\nb = 2\""));
    NotebookSource source = NotebookSource.of(json);
    String fileLine = json.lines().toList().get(3);
    Position b = source.start(2, 0);
    assertThat(b.line()).isEqualTo(4);
    assertThat(fileLine.substring(b.column(), source.end(2, 5).column())).isEqualTo("b = 2");
  }

  @Test
  void windows_line_breaks_in_the_file_count_as_one() {
    String json = notebook(code("[\"x = 1\\n\",\n \"ftp = FTP(h)\"]")).replace("\n", "\r\n");
    NotebookSource source = NotebookSource.of(json);
    assertThat(source.start(2, 6)).isEqualTo(new Position(5, 8));
  }

  @Test
  void ipython_syntax_becomes_pass_at_the_same_indentation() {
    NotebookSource source = NotebookSource.of(notebook(code("[\n"
      + "\"%matplotlib inline\\n\", \"!pip install x\\n\", \"files = !ls\\n\", \"t = %time f()\\n\",\n"
      + "\"if x:\\n\", \"    %time f()\\n\", \"os.path?\\n\", \"??os\\n\",\n"
      + "\"y = 5 % 3\\n\", \"z = a != b  # why?\\n\"]"),
      code("[\"%%bash\\n\", \"ls -l\\n\", \"echo hi\"]"),
      code("\"k = 1\"")));
    assertThat(source.code()).isEqualTo("pass\npass\npass\npass\nif x:\n    pass\npass\npass\n"
      + "y = 5 % 3\nz = a != b  # why?\n\n\n\nk = 1\n");
  }

  @Test
  void an_empty_code_cell_is_one_empty_line() {
    NotebookSource source = NotebookSource.of(notebook(code("[]"), code("\"k = 1\"")));
    assertThat(source.code()).isEqualTo("\nk = 1\n");
    assertThat(source.start(2, 0).line()).isEqualTo(6);
  }

  @Test
  void what_is_not_a_notebook_is_refused() {
    assertThatThrownBy(() -> NotebookSource.of("{\"cells\": [")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NotebookSource.of("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NotebookSource.of("{\"cells\": []} x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NotebookSource.of("{\"cells\": [\"\\q\"]}")).isInstanceOf(IllegalArgumentException.class);
  }
}
