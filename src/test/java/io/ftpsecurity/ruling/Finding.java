package io.ftpsecurity.ruling;

import java.util.Comparator;

/** One issue a rule raised: what the ruling compares, project by project. */
public record Finding(String rule, String file, int line, String message) implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
    .thenComparing(Finding::rule).thenComparing(Finding::message);

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return rule + " " + file + ":" + line + " " + message;
  }
}
