package io.ftpsecurity.benchmark;

import io.ftpsecurity.benchmark.GeneratedJavaFiles.Shape;
import io.ftpsecurity.testing.JavaCheckVerifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sonar.java.model.JavaTree;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaFileScanner;
import org.sonar.plugins.java.api.tree.MethodTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * {@code bin/benchmark --java --scaling [--repeat N] [--sizes 1000,5000,...] [--shapes a,b]}: how the cost of each
 * Java rule grows with the size of one file. For every {@link Shape} and size it generates a file
 * ({@link GeneratedJavaFiles}), parses it with the libraries of the class path (so that Commons Net, JSch and MINA
 * SSHD types resolve and the rules do their real work), and prints per rule the CPU time per line and the share of
 * the frontend's time.
 *
 * <p>Times are the analysing thread's CPU time: on a machine shared with other work, wall-clock intervals mostly
 * measure waiting for a core, and garbage collection runs on other threads. Reading that clock costs about a
 * microsecond, more than many of our visits, so it is read around a rule's whole file, not around each call: the
 * visits the analyzer's walk would make on the rule (visitNode and leaveNode on the kinds it subscribes to, in
 * the walk's order) are listed first, then replayed on the rule alone, timed. The control-flow graphs of every method are built before the rules run, on a row of their own: the
 * analyzer's own rules ask for them too, and whichever of our rules came first would otherwise pay for them.
 * A small file is analysed several times, each time parsed again, so that every figure covers about as many
 * lines as the largest file. Figures are medians over the timed passes, after a warm-up analysis of each file.
 */
public final class JavaScalingBenchmark {

  /** Cost per line at the largest size, at most this many times the cost per line at the smallest. */
  private static final double MAX_GROWTH = 2.0;
  /** Below this cost per line (µs) a rule's ratio is timer noise, not growth: printed but not held to the limit. */
  private static final double NOISE_FLOOR_MICROS_PER_LINE = 0.05;
  /** The just-in-time compiler's warm-up, before the first measurement: otherwise the smallest size pays for it. */
  private static final int WARM_UP_LINES = 5_000;

  /** Medians for one shape and size, in µs per line. */
  private record Measured(long lines, double frontend, double graphs, Map<String, Double> rules, int findings) {

    double allRules() {
      return rules.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double share() {
      return 100.0 * allRules() / frontend;
    }
  }

  /** One timed analysis of a file, all copies together: nanoseconds of CPU time per part. */
  private record Timing(long frontend, long graphs, Map<String, Long> rules) {
  }

  private JavaScalingBenchmark() {
  }

  public static boolean run(String[] args) throws ReflectiveOperationException {
    ScalingTable.Options<Shape> options = ScalingTable.Options.parse(args, Shape.class, 3);
    if (options.compare != null) {
      throw new ScalingTable.BadOption("--compare is for the Python rules only (bin/benchmark --scaling --compare ...)");
    }
    System.out.printf("Java scaling run: sizes %s, shapes %s, %d timed passes per size, heap %,d MiB%n",
      Arrays.toString(options.sizes), options.shapes.stream().map(ScalingTable::label).toList(), options.repeat,
      Runtime.getRuntime().maxMemory() >> 20);
    List<JavaFileScanner> checks = JavaBenchmark.newChecks();
    int largest = Arrays.stream(options.sizes).max().orElseThrow();
    List<String> failures = new ArrayList<>();
    Benchmark.progress("warm-up: every shape at " + WARM_UP_LINES + " lines");
    for (Shape shape : options.shapes) {
      analyze(GeneratedJavaFiles.generate(shape, WARM_UP_LINES), 1, checks, new ArrayList<>(), failures);
    }
    boolean ok = true;
    for (Shape shape : options.shapes) {
      List<Measured> measured = new ArrayList<>();
      for (int size : options.sizes) {
        Benchmark.progress(ScalingTable.label(shape) + ", " + size + " lines");
        measured.add(measure(GeneratedJavaFiles.generate(shape, size), Math.max(1, largest / size), options.repeat, checks,
          failures));
      }
      ok &= report(shape, measured);
    }
    failures.stream().distinct().forEach(System.out::println);
    System.out.printf("%n  %s  zero exceptions from our rules on the generated files (%d)%n",
      Benchmark.verdict(failures.isEmpty()), failures.size());
    return ok && failures.isEmpty();
  }

  private static Measured measure(JavaBenchmark.Source source, int copies, int repeat, List<JavaFileScanner> checks,
    List<String> failures) {
    List<JavaBenchmark.Finding> findings = new ArrayList<>();
    analyze(source, 1, checks, findings, failures);
    long[] frontend = new long[repeat];
    long[] graphs = new long[repeat];
    Map<String, long[]> rules = new LinkedHashMap<>();
    checks.forEach(check -> rules.put(JavaBenchmark.key(check), new long[repeat]));
    for (int pass = 0; pass < repeat; pass++) {
      Timing timing = analyze(source, copies, checks, new ArrayList<>(), failures);
      frontend[pass] = timing.frontend();
      graphs[pass] = timing.graphs();
      int index = pass;
      timing.rules().forEach((rule, nanos) -> rules.get(rule)[index] = nanos);
    }
    double lines = source.lines();
    Map<String, Double> perLine = new LinkedHashMap<>();
    rules.forEach((rule, nanos) -> perLine.put(rule, Benchmark.median(nanos) / 1000.0 / copies / lines));
    return new Measured(source.lines(), Benchmark.median(frontend) / 1000.0 / copies / lines,
      Benchmark.median(graphs) / 1000.0 / copies / lines, perLine, findings.size());
  }

  /**
   * Analyses the file {@code copies} times, each time on a tree of its own (a rule run again on the same small tree
   * would find it in the processor's caches): parse, control-flow graphs, then each rule.
   */
  private static Timing analyze(JavaBenchmark.Source source, int copies, List<JavaFileScanner> checks,
    List<JavaBenchmark.Finding> findings, List<String> failures) {
    long frontend = 0;
    long graphs = 0;
    Map<String, Long> rules = new LinkedHashMap<>();
    for (int copy = 0; copy < copies; copy++) {
      long start = JavaBenchmark.CPU_TIME.getAsLong();
      JavaTree.CompilationUnitTreeImpl tree = JavaBenchmark.parse(source, JavaCheckVerifier.LIBRARIES);
      long parsed = JavaBenchmark.CPU_TIME.getAsLong();
      buildGraphs(tree);
      frontend += parsed - start;
      graphs += JavaBenchmark.CPU_TIME.getAsLong() - parsed;
      List<IssuableSubscriptionVisitor> visitors = checks.stream().map(IssuableSubscriptionVisitor.class::cast).toList();
      List<List<JavaBenchmark.Visit>> visits = JavaBenchmark.collectVisits(tree, visitors);
      for (int i = 0; i < visitors.size(); i++) {
        String rule = JavaBenchmark.key(checks.get(i));
        long nanos = JavaBenchmark.replay(tree, source.key(), visitors.get(i), visits.get(i), rule,
          copy == 0 ? findings : new ArrayList<>(), failures);
        rules.merge(rule, nanos, Long::sum);
      }
    }
    return new Timing(frontend, graphs, rules);
  }

  private static void buildGraphs(Tree tree) {
    if (tree instanceof MethodTree method && method.block() != null) {
      method.cfg();
    }
    if (tree instanceof JavaTree javaTree && !javaTree.isLeaf()) {
      for (Tree child : javaTree.getChildren()) {
        if (child != null) {
          buildGraphs(child);
        }
      }
    }
  }

  private static boolean report(Shape shape, List<Measured> measured) {
    Measured first = measured.get(0);
    Measured last = measured.get(measured.size() - 1);
    ScalingTable.header("Shape " + ScalingTable.label(shape) + ": CPU µs per line (median)", measured, Measured::lines);
    ScalingTable.row("Java frontend", measured, Measured::frontend, "%10.2f", "");
    ScalingTable.row("control-flow graphs", measured, Measured::graphs, "%10.2f", "");
    boolean ok = true;
    for (String rule : first.rules().keySet()) {
      ok &= ScalingTable.ruleRow(rule, measured, m -> m.rules().get(rule), "%10.3f", MAX_GROWTH, NOISE_FLOOR_MICROS_PER_LINE);
    }
    ScalingTable.row("all our rules", measured, Measured::allRules, "%10.3f",
      String.format(Locale.ROOT, " %9.2f", last.allRules() / first.allRules()));
    ScalingTable.row("share of the frontend %", measured, Measured::share, "%10.3f", "");
    ScalingTable.row("findings per file", measured, Measured::findings, "%10.0f", "");
    System.out.printf("  %s  every rule: cost per line at %,d lines <= %.0fx the cost at %,d (or under %.2f µs per line)%n",
      Benchmark.verdict(ok), last.lines(), MAX_GROWTH, first.lines(), NOISE_FLOOR_MICROS_PER_LINE);
    return ok;
  }

}
