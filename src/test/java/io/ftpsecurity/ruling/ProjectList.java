package io.ftpsecurity.ruling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus list, {@code src/test/ruling/<language>/projects.txt}: one project a line, {@code name=version},
 * then {@code ci} when it belongs to the CI subset; {@code #} starts a comment (the reason we chose it).
 */
public final class ProjectList {

  private ProjectList() {
  }

  public static List<Project> read(String language, Path file) {
    try {
      return parse(language, file.toString(), Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Project> parse(String language, String source, List<String> lines) {
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("#.*", "").strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] words = line.split("\\s+");
      int equals = words[0].indexOf('=');
      boolean ci = words.length == 2 && words[1].equals("ci");
      if (equals <= 0 || equals == words[0].length() - 1 || words.length > 2 || (words.length == 2 && !ci)) {
        throw new RulingException(source + ":" + (i + 1) + ": expected 'name=version' or 'name=version ci', got '"
          + line + "'");
      }
      projects.add(new Project(language, words[0].substring(0, equals), words[0].substring(equals + 1), ci));
    }
    return projects;
  }
}
