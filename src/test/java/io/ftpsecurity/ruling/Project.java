package io.ftpsecurity.ruling;

/**
 * One pinned project of the ruling corpus: a Debian package ({@code name=version}) for Python, later a Maven
 * artifact ({@code group:artifact:version}) for Java. {@code inCi} marks the projects of the subset that
 * {@code bin/test} runs; {@code bin/ruling --all} runs them all.
 */
public record Project(String language, String name, String version, boolean inCi) {

  /** How the project is written in its list, and in every message about it. */
  public String pinned() {
    return name + "=" + version;
  }
}
