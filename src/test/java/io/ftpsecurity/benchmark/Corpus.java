package io.ftpsecurity.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds and loads the Python files of a corpus. */
public final class Corpus {

  /** A small corpus kept in the repository, so the robustness tests always have real-looking code. */
  public static final Path CHECKED_IN = Path.of("src", "test", "resources", "corpus");

  private static final Pattern FTP_OR_SSL = Pattern.compile("\\b(ftplib|ssl)\\b");

  private Corpus() {
  }

  /**
   * The standard library of the machine's {@code python3}, or empty when there is no python3 or it gives no
   * folder. Third-party packages ({@code site-packages}) are left out: they are not the standard library.
   */
  public static Optional<Path> pythonStdlib() {
    try {
      Process process = new ProcessBuilder("python3", "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])")
        .redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return Optional.empty();
      }
      Path stdlib = Path.of(out);
      return Files.isDirectory(stdlib) ? Optional.of(stdlib) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Every {@code .py} file under the folder, sorted by path; folders named {@code site-packages} are skipped. */
  public static List<SourceFile> load(Path root) {
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
        .filter(p -> !root.relativize(p).toString().contains("site-packages"))
        .sorted()
        .forEach(p -> files.add(read(root, p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Files that mention {@code ftplib} or {@code ssl}: the ones worth damaging in a mutation run. */
  /** The check files, the examples, the checked-in corpus and every generated shape: what the benchmarks run on. */
  static List<SourceFile> benchmarkInputs() {
    List<SourceFile> files = new ArrayList<>(load(Path.of("check-resources", "python")));
    files.addAll(load(Path.of("examples")));
    files.addAll(load(CHECKED_IN));
    Stream.of(GeneratedModules.Shape.values()).forEach(shape -> files.add(GeneratedModules.generate(shape, 400)));
    return files;
  }

  public static List<SourceFile> usingFtpOrSsl(List<SourceFile> files) {
    return files.stream().filter(f -> FTP_OR_SSL.matcher(f.content()).find()).toList();
  }

  /** Read as UTF-8, with malformed bytes replaced, as SonarQube reads a file in the default encoding. */
  private static SourceFile read(Path root, Path file) {
    try {
      String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return new SourceFile(file, root.relativize(file).toString(), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
