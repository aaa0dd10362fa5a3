package io.ftpsecurity.ruling;

import java.util.List;

/**
 * What the rules did on one project. {@code findings} and {@code parseFailures} ({@code file:line}) are compared
 * with the expected file; {@code checkFailures} (a throwable from one of our checks) fail the ruling whatever the
 * expected file says; {@code frontendFailures} (the analyzer's own semantic model gave up) are only reported.
 */
public record ProjectResult(Project project, int files, long lines, List<String> parseFailures,
  List<String> frontendFailures, long frontendNanos, long rulesNanos, List<Finding> findings,
  List<String> checkFailures) {
}
