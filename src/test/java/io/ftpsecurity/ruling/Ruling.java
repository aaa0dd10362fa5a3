package io.ftpsecurity.ruling;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code bin/ruling [--all] [--update] [--project NAME]...}: runs every rule over pinned copies of real projects
 * and compares the findings with the reviewed ones under {@code src/test/ruling/<language>/<name>.json}.
 *
 * <p>Each language is a {@link Side}: a list of projects ({@code <language>/projects.txt}), where their code comes
 * from ({@link ProjectSource}) and what runs our rules on it ({@link RulesRunner}). Without {@code --all} only the
 * projects marked {@code ci} run. The ruling fails when a finding or parse failure differs from the expected
 * file, or when one of our checks throws (whatever the expected file says). {@code --update} rewrites the
 * expected files of the projects that ran, for review with {@code git diff}.
 */
public final class Ruling {

  public static final Path EXPECTED = Path.of("src", "test", "ruling");

  /** One language of the ruling. */
  public record Side(String language, ProjectSource source, RulesRunner runner) {
  }

  /** Command-line options. */
  record Options(boolean all, boolean update, Set<String> only) {

    static Options parse(String... args) {
      boolean all = false;
      boolean update = false;
      Set<String> only = new TreeSet<>();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--all" -> all = true;
          case "--update" -> update = true;
          case "--project" -> {
            if (i + 1 == args.length) {
              throw new RulingException("--project needs a name, e.g. --project python3-ftputil");
            }
            only.add(args[++i]);
          }
          default -> throw new RulingException("unknown argument " + args[i]
            + " (usage: bin/ruling [--all] [--update] [--project NAME]...)");
        }
      }
      return new Options(all, update, only);
    }

    boolean selects(Project project) {
      return only.isEmpty() ? all || project.inCi() : only.contains(project.name());
    }
  }

  private final Path expectedRoot;
  private final PrintStream out;

  Ruling(Path expectedRoot, PrintStream out) {
    this.expectedRoot = expectedRoot;
    this.out = out;
  }

  /** Where downloads are cached: {@code $FTPSEC_RULING_CACHE}, by default {@code ~/.cache/ftp-security-ruling}. */
  public static Path cache() {
    return Path.of(System.getenv().getOrDefault("FTPSEC_RULING_CACHE",
      System.getProperty("user.home") + "/.cache/ftp-security-ruling"));
  }

  public static void main(String[] args) {
    Path cache = cache();
    List<Side> sides = List.of(new Side("python", DebianPackages.system(cache), new PythonRulesRunner()),
      new Side("java", MavenSources.system(cache), new JavaRulesRunner()));
    int status;
    try {
      status = new Ruling(EXPECTED, System.out).run(sides, Options.parse(args)) ? 0 : 1;
    } catch (RulingException e) {
      System.err.println("bin/ruling: " + e.getMessage());
      status = 2;
    }
    System.exit(status);
  }

  /** True when every project that ran matches its expected file and no check threw. */
  boolean run(List<Side> sides, Options options) {
    long start = System.nanoTime();
    List<ProjectResult> results = new ArrayList<>();
    int differing = 0;
    int throwing = 0;
    int failed = 0;
    Map<Side, List<Project>> lists = new LinkedHashMap<>();
    Set<String> unknown = new TreeSet<>(options.only());
    for (Side side : sides) {
      List<Project> listed = ProjectList.read(side.language(), expectedRoot.resolve(side.language()).resolve("projects.txt"));
      lists.put(side, listed);
      listed.forEach(p -> unknown.remove(p.name()));
    }
    if (!unknown.isEmpty()) {
      throw new RulingException("not in " + String.join(" or ", sides.stream().map(s -> s.language() + "/projects.txt")
        .toList()) + ": " + String.join(", ", unknown));
    }
    for (Side side : sides) {
      List<Project> listed = lists.get(side);
      List<Project> selected = listed.stream().filter(options::selects).toList();
      // fetch everything first: a missing download fails before minutes of analysis
      Map<Project, Path> folders = new LinkedHashMap<>();
      for (Project project : selected) {
        progress("fetching " + project.pinned());
        folders.put(project, side.source().fetch(project));
      }
      for (var entry : folders.entrySet()) {
        progress("analysing " + entry.getKey().pinned());
        ProjectResult result = side.runner().run(entry.getKey(), entry.getValue());
        results.add(result);
        report(result);
        Path file = expectedFile(result.project());
        boolean same = true;
        if (options.update()) {
          ExpectedFile.of(result).write(file);
        } else {
          same = compare(result, file);
        }
        differing += same ? 0 : 1;
        throwing += result.checkFailures().isEmpty() ? 0 : 1;
        failed += same && result.checkFailures().isEmpty() ? 0 : 1;
      }
      if (options.all() && options.only().isEmpty()) {
        int stale = staleFiles(side.language(), listed, options.update());
        differing += stale;
        failed += stale;
      }
    }
    summary(results, System.nanoTime() - start);
    if (throwing > 0) {
      out.printf("FAIL: our checks threw on %d project(s), see above: a check must never throw%n", throwing);
    }
    if (differing > 0) {
      out.printf("FAIL: %d project(s) differ from their expected findings. Review the diff above; if every change "
        + "is right, accept it with 'bin/ruling --update%s', give each new finding a verdict in docs/ruling.md "
        + "and commit both%n", differing, options.all() ? " --all" : "");
    }
    if (options.update()) {
      out.println("Expected files rewritten: review them with 'git diff " + expectedRoot + "'");
    }
    out.println("ruling: " + Math.max(0, results.size() - failed) + " passed, " + failed + " failed");
    return failed == 0;
  }

  private Path expectedFile(Project project) {
    return expectedRoot.resolve(project.language()).resolve(fileName(project));
  }

  /** {@code <name>.json}; a Maven name {@code group:artifact} becomes {@code group_artifact.json}. */
  private static String fileName(Project project) {
    return project.name().replace(':', '_') + ".json";
  }

  private void report(ProjectResult r) {
    out.printf(Locale.ROOT, "%-42s %6d files %,10d lines  %3d parse failures  rules %,8.1f ms  (parse + semantic "
      + "%,9.0f ms)  %3d findings  %d check exceptions%n", r.project().pinned(), r.files(), r.lines(),
      r.parseFailures().size(), ms(r.rulesNanos()), ms(r.frontendNanos()), r.findings().size(),
      r.checkFailures().size());
    r.frontendFailures().forEach(f -> out.println("    semantic model of the analyzer failed (not our rules): " + f));
    r.checkFailures().forEach(f -> out.println("    CHECK EXCEPTION " + f));
  }

  /** Prints the diff against the expected file; true when there is none. */
  private boolean compare(ProjectResult result, Path file) {
    if (!Files.exists(file)) {
      out.printf("DIFF %s: no expected file %s (%d findings); run bin/ruling --update --project %s%n",
        result.project().pinned(), file, result.findings().size(), result.project().name());
      ExpectedFile.of(result).findings().forEach(f -> out.println("  + " + f));
      return false;
    }
    ExpectedFile expected = ExpectedFile.read(file);
    ExpectedFile actual = ExpectedFile.of(result);
    List<String> lines = new ArrayList<>();
    if (!expected.project().equals(actual.project())) {
      lines.add("  pinned version: expected file is for " + expected.project());
    }
    diff(expected.parseFailures(), actual.parseFailures(), "parse failure ", lines);
    diff(expected.findings(), actual.findings(), "", lines);
    if (lines.isEmpty()) {
      return true;
    }
    out.printf("DIFF %s (- expected in %s, + found now):%n", result.project().pinned(), file);
    lines.forEach(out::println);
    return false;
  }

  private static <T> void diff(List<T> expected, List<T> actual, String label, List<String> lines) {
    List<T> gone = new ArrayList<>(expected);
    actual.forEach(gone::remove);
    List<T> added = new ArrayList<>(actual);
    expected.forEach(added::remove);
    gone.forEach(t -> lines.add("  - " + label + t));
    added.forEach(t -> lines.add("  + " + label + t));
  }

  /** Expected files of projects no longer listed: a whole-corpus run reports (or, updating, deletes) them. */
  private int staleFiles(String language, List<Project> listed, boolean delete) {
    Set<String> names = new TreeSet<>(listed.stream().map(Ruling::fileName).toList());
    try (Stream<Path> files = Files.list(expectedRoot.resolve(language))) {
      List<Path> stale = files.filter(p -> p.toString().endsWith(".json") && !names.contains(p.getFileName().toString()))
        .sorted().toList();
      for (Path file : stale) {
        if (delete) {
          Files.delete(file);
          out.println("deleted " + file + ": its project is no longer in " + language + "/projects.txt");
        } else {
          out.println("DIFF " + file + ": its project is not in " + language + "/projects.txt");
        }
      }
      return delete ? 0 : stale.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void summary(List<ProjectResult> results, long nanos) {
    out.printf(Locale.ROOT, "%nTotal: %d projects, %d files, %,d lines, %d parse failures, rules %,.1f ms, parse + "
      + "semantic %,.0f ms, %d findings, %d check exceptions; wall time %,.1f s%n", results.size(),
      results.stream().mapToInt(ProjectResult::files).sum(), results.stream().mapToLong(ProjectResult::lines).sum(),
      results.stream().mapToInt(r -> r.parseFailures().size()).sum(),
      ms(results.stream().mapToLong(ProjectResult::rulesNanos).sum()),
      ms(results.stream().mapToLong(ProjectResult::frontendNanos).sum()),
      results.stream().mapToInt(r -> r.findings().size()).sum(),
      results.stream().mapToInt(r -> r.checkFailures().size()).sum(), nanos / 1e9);
    Map<String, Long> byRule = new LinkedHashMap<>();
    results.forEach(r -> r.ruleNanos().forEach((rule, time) -> byRule.merge(rule, time, Long::sum)));
    byRule.forEach((rule, time) -> out.printf(Locale.ROOT, "  %-28s %,10.1f ms%n", rule, ms(time)));
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static void progress(String step) {
    System.err.printf("[%tT] %s%n", System.currentTimeMillis(), step);
  }
}
