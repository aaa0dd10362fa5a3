package io.ftpsecurity.benchmark;

import io.ftpsecurity.benchmark.GeneratedModules.Shape;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;

/**
 * {@code bin/benchmark --scaling [--repeat N] [--sizes 1000,5000,...] [--shapes a,b]}: how the cost of each rule
 * grows with the size of one file. With {@code --compare <classes folder>}, this build's rules against another
 * build's instead ({@link ComparedBuilds}). For every {@link Shape} and size it generates a module
 * ({@link GeneratedModules}), runs the frontend and every rule over it, and prints per rule the time per 1,000 lines
 * and the share of parse + semantic time.
 *
 * <p>python-frontend computes the reaching definitions of a function lazily, on the first {@code valuesAtLocation}
 * in it; the Python analyzer's own rules ask for them too. Here they are computed before our rules run and printed
 * on a row of their own, so that our rules' figures are our code's: in a long function with many blocks, that
 * frontend analysis grows faster than the function, and it would otherwise be charged to whichever rule asks first.
 *
 * <p>Our rules are timed inside the analyzer's subscription walk, as a user pays for them ({@link PairedWalks}): the
 * walk with the rules minus the same walk with consumers doing nothing on the same node kinds, the thread's CPU clock
 * read once per walk; "all our rules" is the walk of all of them (its findings are the analysis's), each rule's row
 * the walk of that rule alone, paying for the per-file facts it shares with others, so the rows add up to more than
 * "all our rules". A replay of recorded calls, as this mode did before, reached every node cold, where the analyzer's
 * walk has just touched it: on large files that made small rules look 2 to 4.7 times dearer per line.
 *
 * <p>Every measurement covers about the same number of lines (the largest size): a small file is analysed several
 * times in a row, so that its figures are not made of a few microseconds. The frontend's figures are medians over the
 * timed passes (a pass sums its analyses); our rules' are medians over every analysis of the size of the difference
 * between a walk and its twin ({@link Times}); the share is the ratio of the two. Before any of them, every
 * requested shape is analysed at the smallest size (at most {@link #WARM_UP_MAX_LINES} lines) until the just-in-time
 * compiler is done with it: with only one untimed pass per size, the first shape printed was measured while the
 * compiler was still at work (parse + semantic 283 ms per 1,000 lines instead of about 60, all our rules 31 instead
 * of 8). One untimed analysis of each size still precedes its timed passes (it counts the findings).
 */
public final class ScalingBenchmark {

  /** Cost per line at the largest size, at most this many times the cost per line at the smallest. */
  private static final double MAX_GROWTH = 2.0;
  private static final double MAX_TOTAL_SHARE = 3.0;
  /**
   * Below this cost per 1,000 lines (0.1 µs per line) a rule's figure is noise, not cost: a rule whose consumers do
   * nothing, measured like ours (a by-hand probe), came out between -0.09 and +0.07 on this machine under load; as
   * a difference of two walks, the figure carries the noise of both. A rule under it at the largest size is not held
   * to {@link #MAX_GROWTH}, and a first cost under it counts as the floor ({@link ScalingTable#ruleRow}).
   */
  private static final double NOISE_FLOOR_MS_PER_KLOC = 0.1;
  /**
   * The CPU time of the analysing thread: on a machine shared with other work, wall-clock intervals mostly measure
   * waiting for a core. Garbage collection runs on other threads and is not counted.
   */
  private static final LongSupplier CPU_TIME = ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime;
  /** The warm-up's files: the smallest size, capped so that a run of large sizes only does not warm up for long. */
  private static final int WARM_UP_MAX_LINES = 5_000;
  /** Rounds of the warm-up (each analyses every shape once): at least, at most. */
  private static final int WARM_UP_MIN_ROUNDS = 10;
  private static final int WARM_UP_MAX_ROUNDS = 60;
  /**
   * The warm-up ends after this many rounds in a row during each of which the just-in-time compiler spent less than
   * {@link #WARM_UP_COMPILING} of the round's time compiling. Rounds that stop getting faster are not enough on a loaded
   * machine: the compiler's threads wait for a core, the rounds stay at one speed while compilations queue, and the
   * first shape timed after such a warm-up still showed parse + semantic at 131 ms per 1,000 lines against 64 when
   * timed again later.
   */
  private static final int WARM_UP_SETTLED_ROUNDS = 3;
  private static final double WARM_UP_COMPILING = 0.02;
  private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

  /** Medians for one shape and size. */
  private record Measured(int lines, double frontendPerKloc, double reachingPerKloc, double walkPerKloc,
    Map<String, Double> rulePerKloc, double rulesPerKloc, double totalShare, int findings) {
  }

  private ScalingBenchmark() {
  }

  public static boolean run(String[] args) {
    return run(args, Rules.newChecks());
  }

  /** The run over these rules (a hand-made probe may add its own). */
  static boolean run(String[] args, List<PythonSubscriptionCheck> rules) {
    ScalingTable.Options<Shape> options = ScalingTable.Options.parse(args, Shape.class, 5);
    if (options.compare != null) {
      return ComparedBuilds.run(options);
    }
    System.out.printf("Scaling run: sizes %s, shapes %s, %d timed passes per size%n", Arrays.toString(options.sizes),
      options.shapes.stream().map(ScalingTable::label).toList(), options.repeat);
    System.out.println("(our rules timed inside the analyzer's subscription walk: a walk with the rules minus the same "
      + "walk with consumers doing nothing on the same node kinds; each rule walked alone, paying for the per-file "
      + "facts it shares with others)");
    Frontend frontend = new Frontend();
    PairedWalks walks = new PairedWalks(rules);
    int smallest = Arrays.stream(options.sizes).min().orElseThrow();
    int largest = Arrays.stream(options.sizes).max().orElseThrow();
    warmUp(options.shapes, smallest, file -> analyze(file, frontend, walks, new Times()));
    boolean ok = true;
    for (Shape shape : options.shapes) {
      List<Measured> measured = new ArrayList<>();
      for (int size : options.sizes) {
        Benchmark.progress(ScalingTable.label(shape) + ", " + size + " lines");
        measured.add(measure(GeneratedModules.generate(shape, size), Math.max(1, largest / size), options.repeat,
          frontend, walks));
      }
      ok &= report(shape, measured, walks.keys());
    }
    List<TimedCheck.Failure> failures = walks.failures();
    failures.forEach(f -> System.out.printf("  %s in %s line %d%n%s%n", f.rule(), f.file(), f.line(), f.stack()));
    System.out.printf("%n  %s  zero exceptions from our checks on the generated files (%d)%n",
      Benchmark.verdict(failures.isEmpty()), failures.size());
    return ok && failures.isEmpty();
  }

  /**
   * Runs {@code analysis} on every shape at the smallest size (at most {@link #WARM_UP_MAX_LINES} lines), round after
   * round, until the just-in-time compiler is done: it has then compiled what the timed passes run.
   */
  static void warmUp(List<Shape> shapes, int smallest, Consumer<SourceFile> analysis) {
    int lines = Math.min(smallest, WARM_UP_MAX_LINES);
    List<SourceFile> files = shapes.stream().distinct().map(shape -> GeneratedModules.generate(shape, lines)).toList();
    List<Long> rounds = new ArrayList<>();
    int settled = 0;
    while (rounds.size() < WARM_UP_MAX_ROUNDS && (rounds.size() < WARM_UP_MIN_ROUNDS || settled < WARM_UP_SETTLED_ROUNDS)) {
      long compiling = COMPILER.getTotalCompilationTime();
      long start = CPU_TIME.getAsLong();
      files.forEach(analysis);
      long round = CPU_TIME.getAsLong() - start;
      double compiled = (COMPILER.getTotalCompilationTime() - compiling) * 1_000_000.0;
      settled = compiled < WARM_UP_COMPILING * round ? settled + 1 : 0;
      rounds.add(round);
    }
    System.out.printf("(warm-up: %d rounds of every shape at %,d lines, CPU ms per round %s)%n", rounds.size(), lines,
      rounds.stream().map(nanos -> String.format(Locale.ROOT, "%.0f", Benchmark.ms(nanos))).toList());
  }

  private static Measured measure(SourceFile file, int copies, int repeat, Frontend frontend, PairedWalks walks) {
    int findings = analyze(file, frontend, walks, new Times());
    long[] frontendNanos = new long[repeat];
    long[] reachingNanos = new long[repeat];
    long[] walkNanos = new long[repeat];
    List<long[]> costs = new ArrayList<>();
    for (int pass = 0; pass < repeat; pass++) {
      Times times = new Times();
      for (int copy = 0; copy < copies; copy++) {
        analyze(file, frontend, walks, times);
      }
      frontendNanos[pass] = times.frontend;
      reachingNanos[pass] = times.reaching;
      walkNanos[pass] = times.walk;
      costs.addAll(times.costs);
    }
    double passKloc = copies * file.lines() / 1000.0;
    double fileKloc = file.lines() / 1000.0;
    Map<String, Double> perKloc = new LinkedHashMap<>();
    for (int rule = 0; rule < walks.keys().size(); rule++) {
      perKloc.put(walks.keys().get(rule), Benchmark.ms(medianCost(costs, rule + 1)) / fileKloc);
    }
    double frontendPerKloc = Benchmark.ms(Benchmark.median(frontendNanos)) / passKloc;
    double rulesPerKloc = Benchmark.ms(medianCost(costs, 0)) / fileKloc;
    return new Measured(file.lines(), frontendPerKloc, Benchmark.ms(Benchmark.median(reachingNanos)) / passKloc,
      Benchmark.ms(Benchmark.median(walkNanos)) / passKloc, perKloc, rulesPerKloc, 100 * rulesPerKloc / frontendPerKloc,
      findings);
  }

  /** The median, over the analyses, of one cost ({@link Times#costs}): a pair of walks, not a pass, is the sample. */
  private static long medianCost(List<long[]> costs, int index) {
    return Benchmark.median(costs.stream().mapToLong(analysis -> analysis[index]).toArray());
  }

  /**
   * CPU time summed over the analyses of one pass, and per analysis the cost of all our rules, then of each rule
   * (walk minus twin). A pass's sums suit the frontend, which takes most of an analysis; our rules' costs are small
   * differences of two walks, and one walk slowed down by a neighbour on the machine (which slows a walk on a
   * 1,000-line file from 0.5 ms to 3 ms and more here) moved a pass's sum by more than the cost of a small rule:
   * the median over every analysis of the size is not moved by it.
   */
  private static final class Times {
    long frontend;
    long reaching;
    long walk;
    final List<long[]> costs = new ArrayList<>();
  }

  /**
   * One analysis: the frontend, its lazily computed reaching definitions, the paired walks of all our rules, then of
   * each alone; adds the times to {@code times} and returns the number of findings of the walk of all rules.
   */
  private static int analyze(SourceFile file, Frontend frontend, PairedWalks walks, Times times) {
    long start = CPU_TIME.getAsLong();
    PythonVisitorContext context = frontend.analyze(file);
    long reaching = CPU_TIME.getAsLong();
    times.frontend += reaching - start;
    Frontend.computeReachingDefinitions(context);
    times.reaching += CPU_TIME.getAsLong() - reaching;
    PairedWalks.Pair all = walks.all(context, file.key(), CPU_TIME);
    times.walk += all.baseline();
    int findings = context.getIssues().size();
    PairedWalks.Pair[] eachRule = walks.eachRule(context, file.key(), CPU_TIME);
    long[] costs = new long[1 + eachRule.length];
    costs[0] = all.cost();
    for (int rule = 0; rule < eachRule.length; rule++) {
      costs[1 + rule] = eachRule[rule].cost();
    }
    times.costs.add(costs);
    return findings;
  }

  private static boolean report(Shape shape, List<Measured> measured, List<String> rules) {
    Measured first = measured.get(0);
    Measured last = measured.get(measured.size() - 1);
    ScalingTable.header("Shape " + ScalingTable.label(shape) + ": ms per 1,000 lines (median)", measured, Measured::lines);
    ScalingTable.row("parse + semantic", measured, Measured::frontendPerKloc, "%10.2f", "");
    ScalingTable.row("reaching definitions (lazy)", measured, Measured::reachingPerKloc, "%10.2f", "");
    ScalingTable.row("walk with no-op consumers", measured, Measured::walkPerKloc, "%10.2f", "");
    boolean ok = true;
    for (String rule : rules) {
      ok &= ScalingTable.ruleRow(rule, measured, m -> m.rulePerKloc().get(rule), "%10.4f", MAX_GROWTH, NOISE_FLOOR_MS_PER_KLOC);
    }
    double totalGrowth = last.rulesPerKloc() / first.rulesPerKloc();
    ScalingTable.row("all our rules", measured, Measured::rulesPerKloc, "%10.4f", String.format(Locale.ROOT, " %9.2f", totalGrowth));
    boolean share = measured.stream().allMatch(m -> m.totalShare() <= MAX_TOTAL_SHARE);
    ScalingTable.row("share of parse + semantic %", measured, Measured::totalShare, "%10.3f",
      String.format(Locale.ROOT, " %9s %s", "", Benchmark.verdict(share)));
    ScalingTable.row("findings per file", measured, m -> m.findings(), "%10.0f", "");
    System.out.printf("  %s  every rule: cost per line at %,d lines <= %.0fx the cost at %,d (costs under %.2f ms per "
      + "1,000 lines are noise)%n", Benchmark.verdict(ok), last.lines(), MAX_GROWTH, first.lines(), NOISE_FLOOR_MS_PER_KLOC);
    System.out.printf("  %s  all rules <= %.0f%% of parse + semantic at every size%n", Benchmark.verdict(share),
      MAX_TOTAL_SHARE);
    return ok && share;
  }

}
