package io.ftpsecurity.benchmark;

import java.net.URI;
import java.nio.file.Path;
import org.sonar.plugins.python.api.PythonFile;

/** A Python file held in memory, so reading the disk is never part of a measured time. */
public record SourceFile(Path path, String key, String content) implements PythonFile {

  public int lines() {
    return (int) content.lines().count();
  }

  @Override
  public String fileName() {
    return path.getFileName().toString();
  }

  @Override
  public URI uri() {
    return path.toUri();
  }

  /** The same file with other content: a mutated variant keeps its origin's name. */
  public SourceFile withContent(String newKey, String newContent) {
    return new SourceFile(path, newKey, newContent);
  }
}
