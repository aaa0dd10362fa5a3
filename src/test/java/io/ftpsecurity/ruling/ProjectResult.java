package io.ftpsecurity.ruling;

import java.util.List;
import java.util.Map;

/**
 * What the rules did on one project. {@code findings} and {@code parseFailures} ({@code file:line}) are compared
 * with the expected file; {@code checkFailures} (a throwable from one of our checks) fail the ruling whatever the
 * expected file says; {@code frontendFailures} (the analyzer's own semantic model gave up) are only reported.
 * {@code ruleNanos}: the time spent in each rule, by rule key.
 */
public record ProjectResult(Project project, int files, long lines, List<String> parseFailures,
  List<String> frontendFailures, long frontendNanos, Map<String, Long> ruleNanos, List<Finding> findings,
  List<String> checkFailures) {

  public long rulesNanos() {
    return ruleNanos.values().stream().mapToLong(Long::longValue).sum();
  }
}
