package io.ftpsecurity.benchmark;

import com.sonar.sslr.api.RecognitionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonVisitorContext;

/**
 * {@code bin/benchmark [folder] [--repeat N] [--full] [--mutants N] [--seed S]}: runs every rule of
 * {@code PythonRules.all()} over every {@code .py} file of a folder (default: the standard library of the
 * machine's python3) the way the analyzer does, and prints cost, heap, findings and robustness figures.
 *
 * <p>What it measures, per file: parse + tree + semantic model (the frontend's work before any check runs,
 * timed around {@link Frontend#analyze}), then our rules, without a clock read per consumer call: one subscription
 * walk records their calls, which are replayed all together in the walk's order (all our rules), then rule by
 * rule, each paying for the per-file facts it shares with others ({@link RecordedWalk}). Lazily computed frontend
 * facts that a rule asks for (reaching definitions behind {@code valuesAtLocation}) are charged to the first rule
 * that asks in that file. Times are sums of {@code System.nanoTime()} intervals on one thread; the figures printed
 * are medians over the repeated passes, after one full warm-up pass.
 */
public final class Benchmark {

  private static final double MAX_TOTAL_SHARE = 3.0;
  private static final double MAX_RULE_SHARE = 1.0;
  private static final long MAX_STATE_GROWTH = 1L << 20;

  private record Finding(String rule, String file, int line, String message) {
  }

  /** Heap reachable only from our rule instances, after the last corpus file and after one more empty file. */
  private record Retained(long afterLastFile, long afterEmptyFile) {
  }

  /** One pass over the corpus. */
  private static final class Pass {
    int files;
    long lines;
    final List<String> parseFailures = new ArrayList<>();
    final List<String> frontendFailures = new ArrayList<>();
    long frontendNanos;
    long walkNanos;
    long rulesNanos;
    final Map<String, Long> ruleNanos = new LinkedHashMap<>();
    final List<Finding> findings = new ArrayList<>();
    long retainedStart;
    long retainedEarly;
    long retainedEnd;
    long peak;
  }

  private static final String USAGE = "usage: bin/benchmark [folder] [--repeat N] [--no-heap] [--full] [--mutants N] "
    + "[--seed S]\n       bin/benchmark --scaling [--repeat N] [--sizes 1000,5000,20000,50000] [--shapes module_clients,...]"
    + " [--compare other/target/classes]"
    + "\n       bin/benchmark --java [folder...] [--repeat N] [--no-classpath]"
    + "\n       bin/benchmark --java --scaling [--repeat N] [--sizes 1000,5000,20000,50000] [--shapes class_methods,...]";

  private Benchmark() {
  }

  public static void main(String[] args) {
    try {
      if (Arrays.asList(args).contains("--scaling")) {
        System.exit(ScalingBenchmark.run(args) ? 0 : 1);
      }
      run(Options.parse(args));
    } catch (ScalingTable.BadOption e) {
      exitOnBadOption(e);
    }
  }

  static void exitOnBadOption(ScalingTable.BadOption e) {
    System.err.println("bin/benchmark: " + e.getMessage() + "\n" + USAGE);
    System.exit(2);
  }

  private static void run(Options options) {
    Path folder = options.folder;
    if (folder == null) {
      folder = Corpus.pythonStdlib().orElse(null);
      if (folder == null) {
        System.err.println("No python3 found (or it gives no stdlib folder): pass a folder to benchmark, "
          + "e.g. bin/benchmark path/to/python/project");
        System.exit(2);
      }
    }
    if (!Files.isDirectory(folder)) {
      System.err.println("Not a folder: " + folder);
      System.exit(2);
    }
    List<SourceFile> files = Corpus.load(folder);
    System.out.printf("Corpus: %s (%d .py files)%nRules: %s%n%n", folder, files.size(),
      Rules.newChecks().stream().map(Rules::key).toList());
    boolean ok = run(files, options);
    System.exit(ok ? 0 : 1);
  }

  private static boolean run(List<SourceFile> files, Options options) {
    Frontend frontend = new Frontend();
    RecordedWalk walk = new RecordedWalk(Rules.newChecks());

    progress("warm-up pass (also the robustness run over every file)");
    Pass warmup = pass(files, frontend, walk, false);
    List<TimedCheck.Failure> corpusFailures = List.copyOf(walk.failures());

    List<Pass> timed = new ArrayList<>();
    for (int i = 1; i <= options.repeat; i++) {
      progress("timed pass " + i + "/" + options.repeat);
      timed.add(pass(files, frontend, walk, false));
    }

    Pass heapWithout = null;
    Pass heapWith = null;
    Retained retainedByChecks = null;
    if (options.heap) {
      progress("heap pass without our rules");
      heapWithout = pass(files, new Frontend(), null, true);
      progress("heap pass with our rules");
      RecordedWalk heapWalk = new RecordedWalk(Rules.newChecks());
      heapWith = pass(files, new Frontend(), heapWalk, true);
      long afterLastFile = HeapProbe.retained();
      // one more, empty file: what a rule still holds then is kept across files, not just the last file's trees
      analyzeOne(new SourceFile(Path.of("empty.py"), "empty.py", ""), new Frontend(), heapWalk, new Pass(), false);
      long afterEmptyFile = HeapProbe.retained();
      // the rule instances let go, what remains is held without them
      heapWalk = null;
      long withoutChecks = HeapProbe.retained();
      retainedByChecks = new Retained(Math.max(0, afterLastFile - withoutChecks),
        Math.max(0, afterEmptyFile - withoutChecks));
    }

    boolean ok = report(warmup, timed, heapWithout, heapWith, retainedByChecks, corpusFailures);
    if (options.full) {
      ok &= mutationRun(files, options);
    }
    return ok;
  }

  /** A pass over the files; without a walk, the frontend only; the heap passes do not time each rule. */
  private static Pass pass(List<SourceFile> files, Frontend frontend, RecordedWalk walk, boolean heap) {
    Pass pass = new Pass();
    if (walk != null) {
      walk.keys().forEach(rule -> pass.ruleNanos.put(rule, 0L));
    }
    if (heap) {
      pass.retainedStart = HeapProbe.retained();
      HeapProbe.resetPeak();
    }
    int early = Math.max(1, files.size() / 10);
    for (SourceFile file : files) {
      pass.files++;
      pass.lines += file.lines();
      analyzeOne(file, frontend, walk, pass, !heap);
      if (heap && pass.files == early) {
        pass.retainedEarly = HeapProbe.retained();
      }
    }
    if (heap) {
      pass.peak = HeapProbe.peak();
      pass.retainedEnd = HeapProbe.retained();
    }
    return pass;
  }

  private static void analyzeOne(SourceFile file, Frontend frontend, RecordedWalk walk, Pass pass,
    boolean timeEachRule) {
    long start = System.nanoTime();
    PythonVisitorContext context;
    try {
      context = frontend.analyze(file);
    } catch (RecognitionException e) {
      pass.parseFailures.add(file.key() + ":" + e.getLine());
      return;
    } catch (RuntimeException | StackOverflowError e) {
      pass.frontendFailures.add(file.key() + ": " + e);
      return;
    } finally {
      pass.frontendNanos += System.nanoTime() - start;
    }
    if (walk == null) {
      return;
    }
    long walkStart = System.nanoTime();
    walk.record(context, file.key());
    pass.walkNanos += System.nanoTime() - walkStart;
    pass.rulesNanos += walk.replayAll(System::nanoTime);
    for (PreciseIssue issue : context.getIssues()) {
      IssueLocation primary = issue.primaryLocation();
      pass.findings.add(new Finding(StandIn.keyOf(issue.check()), file.key(), primary.startLine(),
        primary.message()));
    }
    if (timeEachRule) {
      long[] eachRule = walk.replayEachRule(System::nanoTime);
      for (int rule = 0; rule < eachRule.length; rule++) {
        pass.ruleNanos.merge(walk.keys().get(rule), eachRule[rule], Long::sum);
      }
    }
    walk.dropVisits();
  }

  private static boolean report(Pass warmup, List<Pass> timed, Pass heapWithout, Pass heapWith,
    Retained retainedByChecks, List<TimedCheck.Failure> corpusFailures) {
    System.out.printf("%nFiles: %d, lines: %,d, files that failed to parse: %d, rejected by the semantic model: %d%n",
      warmup.files, warmup.lines, warmup.parseFailures.size(), warmup.frontendFailures.size());
    warmup.parseFailures.forEach(f -> System.out.println("  parse failure: " + f));
    warmup.frontendFailures.forEach(f -> System.out.println("  semantic model failure: " + f));

    double kloc = warmup.lines / 1000.0;
    long frontend = median(timed.stream().mapToLong(p -> p.frontendNanos).toArray());
    long rules = median(timed.stream().mapToLong(p -> p.rulesNanos).toArray());
    long walk = median(timed.stream().mapToLong(p -> p.walkNanos).toArray());
    // targets use the median of each pass's own ratio: machine noise hits both terms of a pass alike
    double totalShare = medianShare(timed, p -> p.rulesNanos);
    System.out.printf("%nMedian over %d timed passes (after 1 warm-up pass):%n", timed.size());
    System.out.printf("  parse + semantic model: %,10.1f ms  (%.3f ms per 1,000 lines)%n", ms(frontend), ms(frontend) / kloc);
    System.out.printf("  all our rules:          %,10.1f ms  (%.4f ms per 1,000 lines)  %.3f%% of parse + semantic%n",
      ms(rules), ms(rules) / kloc, totalShare);
    System.out.printf("  subscription walk recording our rules' calls (not counted): %,.1f ms%n", ms(walk));
    System.out.println("  (clock read once per replay: all our rules replayed together in the walk's order; "
      + "each rule replayed alone, paying for the per-file facts it shares with others)");
    System.out.printf("  %-28s %12s %14s %10s %9s%n", "rule", "ms", "ms/1,000 lines", "share %", "findings");
    boolean rulesUnderLimit = true;
    for (String rule : warmup.ruleNanos.keySet()) {
      long nanos = median(timed.stream().mapToLong(p -> p.ruleNanos.get(rule)).toArray());
      long findings = warmup.findings.stream().filter(f -> f.rule().equals(rule)).count();
      double ruleShare = medianShare(timed, p -> p.ruleNanos.get(rule));
      rulesUnderLimit &= ruleShare <= MAX_RULE_SHARE;
      System.out.printf("  %-28s %12.2f %14.4f %10.3f %9d%n", rule, ms(nanos), ms(nanos) / kloc, ruleShare, findings);
    }
    System.out.printf("  (each pass: %s ms for parse + semantic)%n",
      timed.stream().map(p -> String.format(Locale.ROOT, "%.0f", ms(p.frontendNanos))).toList());
    System.out.printf("  (each pass: %s ms for our rules)%n",
      timed.stream().map(p -> String.format(Locale.ROOT, "%.1f", ms(p.rulesNanos))).toList());

    boolean state = heapWithout == null || heapReport(heapWithout, heapWith, retainedByChecks);

    System.out.printf("%nFindings (%d):%n", warmup.findings.size());
    warmup.findings.forEach(f -> System.out.printf("  %s %s:%d %s%n", f.rule(), f.file(), f.line(), f.message()));

    System.out.printf("%nExceptions thrown by our checks over the corpus: %d%n", corpusFailures.size());
    corpusFailures.forEach(f -> System.out.printf("  %s in %s line %d%n%s%n", f.rule(), f.file(), f.line(), f.stack()));

    boolean total = totalShare <= MAX_TOTAL_SHARE;
    boolean robust = corpusFailures.isEmpty();
    System.out.printf("%nTargets:%n");
    System.out.printf("  %s  all rules <= %.0f%% of parse + semantic (%.3f%%)%n", verdict(total), MAX_TOTAL_SHARE,
      totalShare);
    System.out.printf("  %s  every rule <= %.0f%% of parse + semantic%n", verdict(rulesUnderLimit), MAX_RULE_SHARE);
    if (heapWithout == null) {
      System.out.println("  (not measured: no state growing with the file count; run without --no-heap)");
    } else {
      long ourGrowth = (heapWith.retainedEnd - heapWith.retainedEarly)
        - (heapWithout.retainedEnd - heapWithout.retainedEarly);
      System.out.printf("  %s  no state growing with the file count (growth %d KiB, held across files %d KiB, "
        + "limit %d KiB each)%n", verdict(state), ourGrowth / 1024, retainedByChecks.afterEmptyFile() / 1024,
        MAX_STATE_GROWTH / 1024);
    }
    System.out.printf("  %s  zero exceptions from our checks on the corpus%n", verdict(robust));
    return total && rulesUnderLimit && state && robust;
  }

  /** Prints the heap figures; true when our rules keep no state that grows with the number of files. */
  private static boolean heapReport(Pass heapWithout, Pass heapWith, Retained retainedByChecks) {
    long growthWithout = heapWithout.retainedEnd - heapWithout.retainedEarly;
    long growthWith = heapWith.retainedEnd - heapWith.retainedEarly;
    System.out.printf("%nHeap (one pass each, fresh frontend; retained = used after full GC; MiB except growth):%n");
    System.out.printf("  %-20s %9s %15s %15s %15s %12s %14s%n", "", "peak", "retained@start", "retained@10%",
      "retained@end", "end - start", "growth KiB");
    printHeap("without our rules", heapWithout);
    printHeap("with our rules", heapWith);
    System.out.printf("  retained only by our rule instances: %,d KiB after the last file, %,d KiB after one more, "
      + "empty file%n", retainedByChecks.afterLastFile() / 1024, retainedByChecks.afterEmptyFile() / 1024);
    long ourGrowth = growthWith - growthWithout;
    System.out.printf("  growth from 10%% to 100%% of the files attributable to our rules: %,d KiB%n", ourGrowth / 1024);
    return ourGrowth <= MAX_STATE_GROWTH && retainedByChecks.afterEmptyFile() <= MAX_STATE_GROWTH;
  }

  private static boolean mutationRun(List<SourceFile> files, Options options) {
    List<SourceFile> sources = new ArrayList<>(Corpus.usingFtpOrSsl(files));
    sources.addAll(Corpus.load(Corpus.CHECKED_IN));
    progress("mutation run: " + options.mutants + " variants of " + sources.size() + " files, seed " + options.seed);
    Robustness.Report report = Robustness.onMutants(sources, options.mutants, options.seed);
    System.out.printf("%nMutation run (seed %d): %s%n", options.seed, report.summary());
    report.frontendFailures().forEach(f -> System.out.println("  frontend (not our rules): " + f));
    report.failures().forEach(f -> System.out.printf("  %s in %s%n%s%n", f.rule(), f.file(), f.stack()));
    boolean ok = report.failures().isEmpty();
    System.out.printf("  %s  no check throws on a damaged variant%n", verdict(ok));
    return ok;
  }

  private static void printHeap(String label, Pass pass) {
    System.out.printf("  %-20s %9.1f %15.1f %15.1f %15.1f %12.1f %,14d%n", label, mib(pass.peak), mib(pass.retainedStart),
      mib(pass.retainedEarly), mib(pass.retainedEnd), mib(pass.retainedEnd - pass.retainedStart),
      (pass.retainedEnd - pass.retainedEarly) / 1024);
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double medianShare(List<Pass> passes, java.util.function.ToLongFunction<Pass> part) {
    double[] shares = passes.stream().mapToDouble(p -> share(part.applyAsLong(p), p.frontendNanos)).sorted().toArray();
    int n = shares.length;
    return n % 2 == 1 ? shares[n / 2] : (shares[n / 2 - 1] + shares[n / 2]) / 2;
  }

  private static double mib(long bytes) {
    return bytes / 1048576.0;
  }

  static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  static String verdict(boolean ok) {
    return ok ? "PASS" : "FAIL";
  }

  static void progress(String step) {
    System.err.printf("[%tT] %s%n", System.currentTimeMillis(), step);
  }

  /** Command-line options. */
  private static final class Options {
    Path folder;
    int repeat = 3;
    boolean full;
    boolean heap = true;
    int mutants = 4000;
    long seed = 20261126L;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--repeat" -> options.repeat = ScalingTable.number(args, ++i);
          case "--full" -> options.full = true;
          case "--no-heap" -> options.heap = false;
          case "--mutants" -> options.mutants = ScalingTable.number(args, ++i);
          case "--seed" -> options.seed = ScalingTable.longNumber(args, ++i);
          case "-h", "--help" -> {
            System.out.println(USAGE);
            System.exit(0);
          }
          default -> options.folder = Path.of(args[i]);
        }
      }
      if (options.repeat < 1) {
        throw new ScalingTable.BadOption("--repeat must be at least 1");
      }
      return options;
    }
  }
}
