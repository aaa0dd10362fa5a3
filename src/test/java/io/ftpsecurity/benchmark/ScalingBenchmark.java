package io.ftpsecurity.benchmark;

import io.ftpsecurity.benchmark.GeneratedModules.Shape;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.sonar.plugins.python.api.PythonVisitorContext;

/**
 * {@code bin/benchmark --scaling [--repeat N] [--sizes 1000,5000,...] [--shapes a,b]}: how the cost of each rule
 * grows with the size of one file. For every {@link Shape} and size it generates a module
 * ({@link GeneratedModules}), runs the frontend and every rule over it the way {@link Benchmark} does, and prints
 * per rule the time per 1,000 lines and the share of parse + semantic time.
 *
 * <p>python-frontend computes the reaching definitions of a function lazily, on the first {@code valuesAtLocation}
 * in it; the Python analyzer's own rules ask for them too. Here they are computed before our rules run and printed
 * on a row of their own, so that our rules' figures are our code's: in a long function with many blocks, that
 * frontend analysis grows faster than the function, and it would otherwise be charged to whichever rule asks first.
 *
 * <p>Every measurement covers about the same number of lines (the largest size): a small file is analysed
 * several times in a row, so that its figures are not made of a few microseconds. Figures are medians over the
 * timed passes, after an untimed warm-up pass of each size. Times are the analysing thread's CPU time.
 *
 * <p>Reading that clock costs about half a microsecond of CPU, more than most rule visits: a read around every
 * consumer call would count the clock several times per line. So the clock is read around whole replays
 * ({@link RecordedWalk}): one subscription walk records which consumer of which rule would be called on which node;
 * "all our rules" is the replay of all these calls in the walk's order (the order per-file facts shared between
 * rules are built in), timed once per analysis; each rule's row is the replay of its calls alone, timed once per
 * rule and analysis, after the shared per-file facts are dropped: each rule pays for the facts it uses, so the rows
 * add up to more than "all our rules". The walk itself is not counted (the analyzer walks for its own checks).
 */
public final class ScalingBenchmark {

  /** Cost per line at the largest size, at most this many times the cost per line at the smallest. */
  private static final double MAX_GROWTH = 2.0;
  private static final double MAX_TOTAL_SHARE = 3.0;
  /**
   * Below this cost per 1,000 lines (a microsecond per line) a rule's ratio is timer noise, not growth: it is
   * printed but not held to {@link #MAX_GROWTH}.
   */
  private static final double NOISE_FLOOR_MS_PER_KLOC = 0.05;
  /**
   * The CPU time of the analysing thread: on a machine shared with other work, wall-clock intervals mostly measure
   * waiting for a core. Garbage collection runs on other threads and is not counted.
   */
  private static final LongSupplier CPU_TIME = ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime;

  /** Medians for one shape and size. */
  private record Measured(int lines, double frontendPerKloc, double reachingPerKloc, Map<String, Double> rulePerKloc,
    double rulesPerKloc, double totalShare, int findings) {
  }

  private ScalingBenchmark() {
  }

  public static boolean run(String[] args) {
    ScalingTable.Options<Shape> options = ScalingTable.Options.parse(args, Shape.class, 5);
    System.out.printf("Scaling run: sizes %s, shapes %s, %d timed passes per size%n", Arrays.toString(options.sizes),
      options.shapes.stream().map(ScalingTable::label).toList(), options.repeat);
    System.out.println("(clock read once per replay: all our rules replayed together in the walk's order; "
      + "each rule replayed alone, paying for the per-file facts it shares with others)");
    Frontend frontend = new Frontend();
    RecordedWalk walk = new RecordedWalk(Rules.newChecks());
    int largest = Arrays.stream(options.sizes).max().orElseThrow();
    boolean ok = true;
    for (Shape shape : options.shapes) {
      List<Measured> measured = new ArrayList<>();
      for (int size : options.sizes) {
        Benchmark.progress(ScalingTable.label(shape) + ", " + size + " lines");
        measured.add(measure(GeneratedModules.generate(shape, size), Math.max(1, largest / size), options.repeat,
          frontend, walk));
      }
      ok &= report(shape, measured, walk.keys());
    }
    List<TimedCheck.Failure> failures = walk.failures();
    failures.forEach(f -> System.out.printf("  %s in %s line %d%n%s%n", f.rule(), f.file(), f.line(), f.stack()));
    System.out.printf("%n  %s  zero exceptions from our checks on the generated files (%d)%n",
      Benchmark.verdict(failures.isEmpty()), failures.size());
    return ok && failures.isEmpty();
  }

  private static Measured measure(SourceFile file, int copies, int repeat, Frontend frontend, RecordedWalk walk) {
    int findings = analyze(file, frontend, walk, new Times(walk));
    for (int copy = 1; copy < copies; copy++) {
      analyze(file, frontend, walk, new Times(walk));
    }
    long[] frontendNanos = new long[repeat];
    long[] reachingNanos = new long[repeat];
    long[] rulesNanos = new long[repeat];
    long[][] ruleNanos = new long[walk.keys().size()][repeat];
    double[] shares = new double[repeat];
    for (int pass = 0; pass < repeat; pass++) {
      Times times = new Times(walk);
      for (int copy = 0; copy < copies; copy++) {
        analyze(file, frontend, walk, times);
      }
      frontendNanos[pass] = times.frontend;
      reachingNanos[pass] = times.reaching;
      rulesNanos[pass] = times.rules;
      for (int rule = 0; rule < ruleNanos.length; rule++) {
        ruleNanos[rule][pass] = times.rule[rule];
      }
      shares[pass] = 100.0 * times.rules / times.frontend;
    }
    double kloc = copies * file.lines() / 1000.0;
    Map<String, Double> perKloc = new LinkedHashMap<>();
    for (int rule = 0; rule < ruleNanos.length; rule++) {
      perKloc.put(walk.keys().get(rule), Benchmark.ms(Benchmark.median(ruleNanos[rule])) / kloc);
    }
    return new Measured(file.lines(), Benchmark.ms(Benchmark.median(frontendNanos)) / kloc,
      Benchmark.ms(Benchmark.median(reachingNanos)) / kloc, perKloc, Benchmark.ms(Benchmark.median(rulesNanos)) / kloc,
      Benchmark.median(shares), findings);
  }

  /** CPU time summed over the analyses of one pass. */
  private static final class Times {
    long frontend;
    long reaching;
    long rules;
    final long[] rule;

    Times(RecordedWalk walk) {
      rule = new long[walk.keys().size()];
    }
  }

  /**
   * One analysis: the frontend, its lazily computed reaching definitions, one recorded walk, our rules replayed
   * together, then each alone; adds the times to {@code times} and returns the number of findings.
   */
  private static int analyze(SourceFile file, Frontend frontend, RecordedWalk walk, Times times) {
    long start = CPU_TIME.getAsLong();
    PythonVisitorContext context = frontend.analyze(file);
    long reaching = CPU_TIME.getAsLong();
    times.frontend += reaching - start;
    Frontend.computeReachingDefinitions(context);
    times.reaching += CPU_TIME.getAsLong() - reaching;
    walk.record(context, file.key());
    times.rules += walk.replayAll(CPU_TIME);
    int findings = context.getIssues().size();
    long[] eachRule = walk.replayEachRule(CPU_TIME);
    for (int rule = 0; rule < eachRule.length; rule++) {
      times.rule[rule] += eachRule[rule];
    }
    walk.dropVisits();
    return findings;
  }

  private static boolean report(Shape shape, List<Measured> measured, List<String> rules) {
    Measured first = measured.get(0);
    Measured last = measured.get(measured.size() - 1);
    ScalingTable.header("Shape " + ScalingTable.label(shape) + ": ms per 1,000 lines (median)", measured, Measured::lines);
    ScalingTable.row("parse + semantic", measured, Measured::frontendPerKloc, "%10.2f", "");
    ScalingTable.row("reaching definitions (lazy)", measured, Measured::reachingPerKloc, "%10.2f", "");
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
    System.out.printf("  %s  every rule: cost per line at %,d lines <= %.0fx the cost at %,d (or under %.2f ms per "
      + "1,000 lines)%n", Benchmark.verdict(ok), last.lines(), MAX_GROWTH, first.lines(), NOISE_FLOOR_MS_PER_KLOC);
    System.out.printf("  %s  all rules <= %.0f%% of parse + semantic at every size%n", Benchmark.verdict(share),
      MAX_TOTAL_SHARE);
    return ok && share;
  }

}
