package io.ftpsecurity.ruling;

import io.ftpsecurity.benchmark.JavaBenchmark;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.sonar.plugins.java.api.JavaFileScanner;

/**
 * Every rule of {@code JavaRules.all()} over every {@code .java} file of a project, the way the Java benchmark runs
 * them ({@link JavaBenchmark#analyze}: the frontend's file-by-file parse and semantic model, one walk, each rule
 * timed and its throwables recorded), with the project's {@link MavenSources#CLASSPATH} when it has one so that
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
    List<File> classpath = classpath(folder);
    Path sources = Files.isDirectory(folder.resolve("src")) ? folder.resolve("src") : folder;
    List<JavaBenchmark.Source> files;
    try {
      files = JavaBenchmark.load(List.of(sources));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (JavaBenchmark.Source file : files) {
      JavaBenchmark.analyze(file, scanners, pass, classpath);
    }
    List<Finding> findings = pass.findings.stream().map(f -> new Finding(f.rule(), f.file(), f.line(), f.message()))
      .toList();
    return new ProjectResult(project, files.size(), pass.lines, List.copyOf(pass.unparsed), List.of(),
      pass.frontendNanos, new LinkedHashMap<>(pass.ruleNanos), findings, List.copyOf(pass.failures));
  }

  private static List<File> classpath(Path folder) {
    Path list = folder.resolve(MavenSources.CLASSPATH);
    try {
      return Files.exists(list) ? Files.readAllLines(list).stream().filter(l -> !l.isBlank()).map(File::new).toList()
        : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
