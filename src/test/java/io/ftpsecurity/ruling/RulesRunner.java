package io.ftpsecurity.ruling;

import java.nio.file.Path;

/** Runs one language's rules, in-process, over the source files of a fetched project. */
public interface RulesRunner {

  ProjectResult run(Project project, Path folder);
}
