package io.ftpsecurity.ruling;

import java.nio.file.Path;

/** Where the code of a project comes from: downloaded and unpacked once, then read from the cache. */
public interface ProjectSource {

  /** The folder that holds the project's source files; throws {@link RulingException} naming the project. */
  Path fetch(Project project);
}
