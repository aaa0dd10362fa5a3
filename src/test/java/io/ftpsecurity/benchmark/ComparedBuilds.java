package io.ftpsecurity.benchmark;

import io.ftpsecurity.benchmark.GeneratedModules.Shape;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.python.SubscriptionVisitor;

/**
 * {@code bin/benchmark --scaling --compare <classes folder> [--repeat N] [--sizes ...] [--shapes ...]}: the rules of
 * this build against those of another build of the plugin (its {@code target/classes}), in one process. Each round
 * analyses the generated file once and walks it with each build's rules in turn, which goes first alternating; the
 * figures are medians over the rounds of the walk's CPU time, the analyzer's dispatch included, and of the per-round
 * difference. Runs in separate processes differ by up to 2.5x on a shared machine, far more than most changes of a
 * cost pass; both builds of one round see the same machine, the same file and the same caches. The other build's
 * classes come from its folder first (a class loader of their own), the frontend's from this build's class path.
 */
final class ComparedBuilds {

  private static final LongSupplier CPU_TIME = ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime;
  private static final String OUR_PACKAGES = "io.ftpsecurity.";
  private static final String BENCHMARK_PACKAGE = "io.ftpsecurity.benchmark.";

  /** One build's rules and how to drop the per-file facts they share (kept per thread until the file changes). */
  private record Build(List<PythonSubscriptionCheck> rules, Runnable dropSharedFacts) {
  }

  /** The CPU times of one size: per round, the walk of each build; and the findings of each build's walk. */
  private record Measured(int lines, long[] ours, long[] theirs, int ourFindings, int theirFindings) {
    double perKloc(long nanos) {
      return Benchmark.ms(nanos) / (lines / 1000.0);
    }

    long[] differences() {
      long[] differences = new long[ours.length];
      for (int round = 0; round < ours.length; round++) {
        differences[round] = ours[round] - theirs[round];
      }
      return differences;
    }
  }

  private ComparedBuilds() {
  }

  static boolean run(ScalingTable.Options<Shape> options) {
    Build theirs = load(options.compare);
    Build ours = new Build(Rules.newChecks(), RecordedWalk::dropSharedFacts);
    System.out.printf("Comparison run: this build against %s, sizes %s, shapes %s, %d rounds per size%n", options.compare,
      Arrays.toString(options.sizes), options.shapes.stream().map(ScalingTable::label).toList(), options.repeat);
    System.out.println("(one process: each round walks the same analysed file with each build's rules in turn, which goes "
      + "first alternating; CPU time of the walk, the analyzer's dispatch included)");
    Frontend frontend = new Frontend();
    int smallest = Arrays.stream(options.sizes).min().orElseThrow();
    // until the just-in-time compiler is done with both builds' rules, as in the scaling run
    ScalingBenchmark.warmUp(options.shapes, smallest, file -> measure(file, 1, frontend, ours, theirs));
    boolean sameFindings = true;
    for (Shape shape : options.shapes) {
      List<Measured> measured = new ArrayList<>();
      for (int size : options.sizes) {
        Benchmark.progress(ScalingTable.label(shape) + ", " + size + " lines");
        measured.add(measure(GeneratedModules.generate(shape, size), options.repeat, frontend, ours, theirs));
      }
      sameFindings &= report(shape, measured);
    }
    System.out.printf("%n  %s  the same number of findings from both builds on every file%n", Benchmark.verdict(sameFindings));
    return sameFindings;
  }

  private static Measured measure(SourceFile file, int rounds, Frontend frontend, Build ours, Build theirs) {
    long[] ourTimes = new long[rounds];
    long[] theirTimes = new long[rounds];
    int ourFindings = 0;
    int theirFindings = 0;
    for (int round = 0; round < rounds; round++) {
      PythonVisitorContext context = frontend.analyze(file);
      // as in the scaling run: the frontend's lazy facts are not the rules' cost
      Frontend.computeReachingDefinitions(context);
      boolean oursFirst = round % 2 == 0;
      Build first = oursFirst ? ours : theirs;
      Build second = oursFirst ? theirs : ours;
      long firstTime = walk(first, context);
      int firstFindings = context.getIssues().size();
      long secondTime = walk(second, context);
      int secondFindings = context.getIssues().size() - firstFindings;
      ourTimes[round] = oursFirst ? firstTime : secondTime;
      theirTimes[round] = oursFirst ? secondTime : firstTime;
      ourFindings = oursFirst ? firstFindings : secondFindings;
      theirFindings = oursFirst ? secondFindings : firstFindings;
    }
    return new Measured(file.lines(), ourTimes, theirTimes, ourFindings, theirFindings);
  }

  private static long walk(Build build, PythonVisitorContext context) {
    build.dropSharedFacts().run();
    long start = CPU_TIME.getAsLong();
    SubscriptionVisitor.analyze(build.rules(), context);
    return CPU_TIME.getAsLong() - start;
  }

  private static boolean report(Shape shape, List<Measured> measured) {
    ScalingTable.header("Shape " + ScalingTable.label(shape) + ": ms per 1,000 lines (median over the rounds)", measured,
      Measured::lines);
    ScalingTable.row("this build", measured, m -> m.perKloc(Benchmark.median(m.ours())), "%10.3f", "");
    ScalingTable.row("other build", measured, m -> m.perKloc(Benchmark.median(m.theirs())), "%10.3f", "");
    ScalingTable.row("this minus other, per round", measured, m -> m.perKloc(Benchmark.median(m.differences())), "%10.3f", "");
    ScalingTable.row("this / other", measured,
      m -> (double) Benchmark.median(m.ours()) / Benchmark.median(m.theirs()), "%10.3f", "");
    ScalingTable.row("findings of this build", measured, Measured::ourFindings, "%10.0f", "");
    ScalingTable.row("findings of the other build", measured, Measured::theirFindings, "%10.0f", "");
    return measured.stream().allMatch(m -> m.ourFindings() == m.theirFindings());
  }

  /** The other build's rules, from its classes folder before any class of this build's. */
  private static Build load(Path classes) {
    if (!Files.isDirectory(classes.resolve("io/ftpsecurity/python/rules"))) {
      throw new ScalingTable.BadOption("--compare takes the classes folder of a build of this plugin (its target/classes), "
        + "and " + classes + " holds no io/ftpsecurity/python/rules");
    }
    try {
      ClassLoader loader = new OwnClassesFirst(classes.toUri().toURL(), ComparedBuilds.class.getClassLoader());
      List<?> ruleClasses = (List<?>) loader.loadClass("io.ftpsecurity.python.rules.PythonRules").getMethod("all").invoke(null);
      List<PythonSubscriptionCheck> rules = new ArrayList<>();
      for (Object rule : ruleClasses) {
        rules.add((PythonSubscriptionCheck) ((Class<?>) rule).getConstructor().newInstance());
      }
      Method index = loader.loadClass("io.ftpsecurity.python.analysis.ControlFlow")
        .getMethod("index", Tree.class, Class.class, Supplier.class);
      Tree otherFile = RecordedWalk.otherFile();
      Supplier<Object> nothing = Object::new;
      return new Build(rules, () -> {
        try {
          index.invoke(null, otherFile, Object.class, nothing);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("the other build's ControlFlow.index failed", e);
        }
      });
    } catch (ReflectiveOperationException | MalformedURLException e) {
      throw new ScalingTable.BadOption("--compare: the rules of " + classes + " could not be loaded (" + e + ")");
    }
  }

  /** Loads the plugin's own classes from the other build's folder, and every other class from this build's path. */
  private static final class OwnClassesFirst extends URLClassLoader {
    OwnClassesFirst(URL classes, ClassLoader parent) {
      super(new URL[] {classes}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(OUR_PACKAGES) || name.startsWith(BENCHMARK_PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          try {
            loaded = findClass(name);
          } catch (ClassNotFoundException e) {
            loaded = super.loadClass(name, false);
          }
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
