package io.ftpsecurity.benchmark;

import io.ftpsecurity.benchmark.GeneratedJavaFiles.Shape;
import io.ftpsecurity.testing.JavaCheckVerifier;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
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
 * microsecond, more than many of our visits, so it is read around whole walks, not around each call: each rule
 * walks the tree on its own, and the same walk with a visitor that does nothing on the same node kinds is taken
 * off. The control-flow graphs of every method are built before the rules run, on a row of their own: the
 * analyzer's own rules ask for them too, and whichever of our rules came first would otherwise pay for them.
 * A small file's rules run several times on its tree, so that every figure covers about as many lines as the
 * largest file. Figures are medians over the timed passes, after a warm-up analysis of each file.
 */
public final class JavaScalingBenchmark {

  /** Cost per line at the largest size, at most this many times the cost per line at the smallest. */
  private static final double MAX_GROWTH = 2.0;
  /** Below this cost per line (µs) a rule's ratio is timer noise, not growth: printed but not held to the limit. */
  private static final double NOISE_FLOOR_MICROS_PER_LINE = 0.05;
  private static final LongSupplier CPU_TIME = ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime;
  private static final LongSupplier NO_CLOCK = () -> 0L;
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

  /** One timed analysis of a file: nanoseconds of CPU time per part, the rules' for all copies together. */
  private record Timing(long frontend, long graphs, Map<String, Long> rules) {
  }

  private JavaScalingBenchmark() {
  }

  public static boolean run(String[] args) throws ReflectiveOperationException {
    Options options = Options.parse(args);
    System.out.printf("Java scaling run: sizes %s, shapes %s, %d timed passes per size, heap %,d MiB%n",
      Arrays.toString(options.sizes), options.shapes.stream().map(Shape::label).toList(), options.repeat,
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
        Benchmark.progress(shape.label() + ", " + size + " lines");
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
    rules.forEach((rule, nanos) -> perLine.put(rule, Math.max(0, Benchmark.median(nanos)) / 1000.0 / copies / lines));
    return new Measured(source.lines(), Benchmark.median(frontend) / 1000.0 / lines, Benchmark.median(graphs) / 1000.0 / lines,
      perLine, findings.size());
  }

  /** Parses the file, builds its control-flow graphs, then runs each rule {@code copies} times on the tree. */
  private static Timing analyze(JavaBenchmark.Source source, int copies, List<JavaFileScanner> checks,
    List<JavaBenchmark.Finding> findings, List<String> failures) {
    long start = CPU_TIME.getAsLong();
    JavaTree.CompilationUnitTreeImpl tree = JavaBenchmark.parse(source, JavaCheckVerifier.LIBRARIES);
    long parsed = CPU_TIME.getAsLong();
    buildGraphs(tree);
    long graphs = CPU_TIME.getAsLong() - parsed;
    Map<String, Long> rules = new LinkedHashMap<>();
    for (JavaFileScanner check : checks) {
      String rule = JavaBenchmark.key(check);
      IssuableSubscriptionVisitor visitor = (IssuableSubscriptionVisitor) check;
      long nanos = 0;
      for (int copy = 0; copy < copies; copy++) {
        nanos -= walk(tree, source.key(), new DoingNothing(visitor.nodesToVisit()), rule, new ArrayList<>(), failures);
        nanos += walk(tree, source.key(), visitor, rule, copy == 0 ? findings : new ArrayList<>(), failures);
      }
      rules.put(rule, nanos);
    }
    return new Timing(parsed - start, graphs, rules);
  }

  /** The CPU time of one walk of one visitor over the tree. */
  private static long walk(JavaTree.CompilationUnitTreeImpl tree, String file, IssuableSubscriptionVisitor visitor, String rule,
    List<JavaBenchmark.Finding> findings, List<String> failures) {
    JavaBenchmark.Subscriber subscriber = new JavaBenchmark.Subscriber(rule, visitor, NO_CLOCK);
    long start = CPU_TIME.getAsLong();
    JavaBenchmark.walk(tree, file, List.of(subscriber), findings);
    long nanos = CPU_TIME.getAsLong() - start;
    if (subscriber.failure != null) {
      failures.add(rule + " in " + file + "\n" + subscriber.failure);
    }
    return nanos;
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

  /** The walk's own cost for a rule: a visitor of the same node kinds that does nothing. */
  private static final class DoingNothing extends IssuableSubscriptionVisitor {
    private final List<Tree.Kind> kinds;

    DoingNothing(List<Tree.Kind> kinds) {
      this.kinds = kinds;
    }

    @Override
    public List<Tree.Kind> nodesToVisit() {
      return kinds;
    }
  }

  private static boolean report(Shape shape, List<Measured> measured) {
    Measured first = measured.get(0);
    Measured last = measured.get(measured.size() - 1);
    System.out.printf("%nShape %s: CPU µs per line (median)%n", shape.label());
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-28s", "lines"));
    measured.forEach(m -> header.append(String.format(Locale.ROOT, " %10s", String.format(Locale.ROOT, "%,d", m.lines()))));
    System.out.println(header.append(String.format(Locale.ROOT, " %9s %s", "last/1st", "verdict")));
    row("Java frontend", measured, Measured::frontend, "%10.2f", "");
    row("control-flow graphs", measured, Measured::graphs, "%10.2f", "");
    boolean ok = true;
    for (String rule : first.rules().keySet()) {
      double growth = last.rules().get(rule) / first.rules().get(rule);
      boolean flat = growth <= MAX_GROWTH || last.rules().get(rule) < NOISE_FLOOR_MICROS_PER_LINE;
      ok &= flat;
      row(rule, measured, m -> m.rules().get(rule), "%10.3f", String.format(Locale.ROOT, " %9.2f %s", growth, Benchmark.verdict(flat)));
    }
    row("all our rules", measured, Measured::allRules, "%10.3f",
      String.format(Locale.ROOT, " %9.2f", last.allRules() / first.allRules()));
    row("share of the frontend %", measured, Measured::share, "%10.3f", "");
    row("findings per file", measured, Measured::findings, "%10.0f", "");
    System.out.printf("  %s  every rule: cost per line at %,d lines <= %.0fx the cost at %,d (or under %.2f µs per line)%n",
      Benchmark.verdict(ok), last.lines(), MAX_GROWTH, first.lines(), NOISE_FLOOR_MICROS_PER_LINE);
    return ok;
  }

  private static void row(String label, List<Measured> measured, ToDoubleFunction<Measured> value, String format, String suffix) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-28s", label));
    measured.forEach(m -> line.append(' ').append(String.format(Locale.ROOT, format, value.applyAsDouble(m))));
    System.out.println(line.append(suffix));
  }

  /** Command-line options of the scaling mode. */
  private static final class Options {
    int repeat = 3;
    int[] sizes = {1_000, 5_000, 20_000, 50_000};
    List<Shape> shapes = List.of(Shape.values());

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--repeat" -> options.repeat = Integer.parseInt(args[++i]);
          case "--sizes" -> options.sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
          case "--shapes" -> options.shapes = Arrays.stream(args[++i].split(","))
            .map(s -> Shape.valueOf(s.toUpperCase(Locale.ROOT))).toList();
          default -> throw new IllegalArgumentException("unknown option of --java --scaling: " + args[i]);
        }
      }
      if (options.repeat < 1 || options.sizes.length == 0) {
        throw new IllegalArgumentException("--repeat must be at least 1 and --sizes must name a size");
      }
      return options;
    }
  }
}
