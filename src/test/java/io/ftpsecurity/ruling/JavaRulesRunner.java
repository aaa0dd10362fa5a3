package io.ftpsecurity.ruling;

import io.ftpsecurity.benchmark.JavaBenchmark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.sonar.plugins.java.api.JavaFileScanner;

/**
 * Every rule of {@code JavaRules.all()} over every {@code .java} file of a project, the way the Java benchmark runs
 * them ({@link JavaBenchmark#analyze}: the frontend's batch mode, as the analyzer parses a project, one walk, each
 * rule timed and its throwables recorded), with the project's {@link MavenSources#CLASSPATH} when it has one so that
 * library types resolve. Fresh rule instances per project.
 */
public final class JavaRulesRunner implements RulesRunner {

  private final Supplier<List<JavaFileScanner>> checks;

  public JavaRulesRunner() {
    this(() -> {
      try {
        return JavaBenchmark.newChecks();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("a Java rule has no public no-argument constructor", e);
      }
    });
  }

  JavaRulesRunner(Supplier<List<JavaFileScanner>> checks) {
    this.checks = checks;
  }

  @Override
  public ProjectResult run(Project project, Path folder) {
    List<JavaFileScanner> scanners = checks.get();
    JavaBenchmark.Pass pass = new JavaBenchmark.Pass();
    scanners.forEach(c -> pass.ruleNanos.put(JavaBenchmark.key(c), 0L));
    JavaBenchmark.Sources sources;
    try {
      sources = JavaBenchmark.load(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaBenchmark.analyze(sources, scanners, pass);
    List<Finding> findings = pass.findings.stream().map(f -> new Finding(f.rule(), f.file(), f.line(), f.message()))
      .toList();
    return new ProjectResult(project, sources.files().size(), pass.lines, List.copyOf(pass.unparsed), List.of(),
      pass.frontendNanos, new LinkedHashMap<>(pass.ruleNanos), findings, List.copyOf(pass.failures));
  }
}
