package io.ftpsecurity.benchmark;

import io.ftpsecurity.java.rules.JavaRules;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.eclipse.jdt.core.dom.ASTParser;
import org.sonar.check.Rule;
import org.sonar.java.model.JParser;
import org.sonar.java.model.JParserConfig;
import org.sonar.java.model.JavaTree;
import org.sonar.java.model.JavaVersionImpl;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaCheck;
import org.sonar.plugins.java.api.JavaFileScanner;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.JavaVersion;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * {@code bin/benchmark --java folder... [--repeat N]}: runs every rule of {@code JavaRules.all()} over every
 * {@code .java} file of the folders (bin/benchmark --java fetches commons-net, commons-vfs2 and hadoop-common
 * sources jars from Maven Central by default), and compares their time with the Java frontend's own: parsing and
 * resolving the semantic model with the JDT-based {@code JParser}, as the analyzer does per file.
 *
 * <p>One tree walk feeds all our rules, each timed around its own calls, as the Python benchmark does. Control-flow graphs a rule asks for are built lazily and charged to that rule. The
 * same rule instances serve every file, as in the analyzer; the corpus is analysed a second time in reverse order,
 * and the findings must be the same: no rule keeps state from one file to the next. The scaling mode
 * ({@code --scaling}, {@link JavaScalingBenchmark}) shows how each rule's cost per line grows with the file.
 */
public final class JavaBenchmark {

  private static final double MAX_TOTAL_SHARE = 2.0;
  private static final JavaVersion JAVA_VERSION = new JavaVersionImpl(21);

  /** An issue one of our rules raised (the ruling compares them, {@code io.ftpsecurity.ruling.JavaRulesRunner}). */
  public record Finding(String rule, String file, int line, String message) {
  }

  /** One pass over the corpus: frontend time, each rule's time, findings and exceptions. */
  public static final class Pass {
    public long lines;
    public long frontendNanos;
    public final Map<String, Long> ruleNanos = new LinkedHashMap<>();
    public final List<Finding> findings = new ArrayList<>();
    public final List<String> failures = new ArrayList<>();
    public final List<String> unparsed = new ArrayList<>();

    public long rulesNanos() {
      return ruleNanos.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** A {@code .java} file: its key (path under the corpus folder), text and number of lines. */
  public record Source(String key, String text, long lines) {
  }

  private JavaBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && "--scaling".equals(args[0])) {
      System.exit(JavaScalingBenchmark.run(args) ? 0 : 1);
    }
    int repeat = 3;
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if ("--repeat".equals(args[i])) {
        repeat = Integer.parseInt(args[++i]);
      } else {
        folders.add(Path.of(args[i]));
      }
    }
    List<Source> corpus = load(folders);
    List<JavaFileScanner> checks = newChecks();
    System.out.printf("Corpus: %s (%d .java files, %,d lines)%nRules: %s%n%n", folders, corpus.size(),
      corpus.stream().mapToLong(Source::lines).sum(), checks.stream().map(JavaBenchmark::key).toList());

    Benchmark.progress("warm-up pass");
    Pass warmup = pass(corpus, checks);
    List<Pass> timed = new ArrayList<>();
    for (int i = 1; i <= repeat; i++) {
      Benchmark.progress("timed pass " + i + "/" + repeat);
      timed.add(pass(corpus, checks));
    }
    Benchmark.progress("reverse-order pass with the same rule instances");
    List<Source> reversed = new ArrayList<>(corpus);
    java.util.Collections.reverse(reversed);
    Pass backwards = pass(reversed, checks);
    System.exit(report(warmup, timed, backwards) ? 0 : 1);
  }

  /** One instance of every rule of {@code JavaRules.all()}; the same instances serve every file. */
  public static List<JavaFileScanner> newChecks() throws ReflectiveOperationException {
    List<JavaFileScanner> checks = new ArrayList<>();
    for (Class<? extends JavaCheck> rule : JavaRules.all()) {
      checks.add((JavaFileScanner) rule.getDeclaredConstructor().newInstance());
    }
    return checks;
  }

  public static String key(JavaFileScanner check) {
    return check.getClass().getAnnotation(Rule.class).key();
  }

  public static List<Source> load(List<Path> folders) throws IOException {
    List<Source> sources = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          sources.add(new Source(folder.relativize(file).toString(), text, text.lines().count()));
        }
      }
    }
    return sources;
  }

  private static Pass pass(List<Source> sources, List<JavaFileScanner> checks) {
    Pass pass = new Pass();
    checks.forEach(check -> pass.ruleNanos.put(key(check), 0L));
    for (Source source : sources) {
      analyze(source, checks, pass);
    }
    return pass;
  }

  private static void analyze(Source source, List<JavaFileScanner> checks, Pass pass) {
    analyze(source, checks, pass, List.of());
  }

  /**
   * Parses one file as the analyzer does, its symbols resolved against {@code classpath} (jars), and runs the rules
   * on it; a file that does not parse is recorded in {@code pass.unparsed}.
   */
  public static void analyze(Source source, List<JavaFileScanner> checks, Pass pass, List<File> classpath) {
    pass.lines += source.lines();
    long start = System.nanoTime();
    JavaTree.CompilationUnitTreeImpl tree;
    try {
      tree = parse(source, classpath);
    } catch (Exception | StackOverflowError e) {
      pass.unparsed.add(source.key());
      return;
    } finally {
      pass.frontendNanos += System.nanoTime() - start;
    }
    runRules(tree, source.key(), checks, pass);
  }

  /** The frontend's work on one file: the JDT parse, the tree and its semantic model. */
  static JavaTree.CompilationUnitTreeImpl parse(Source source, List<File> classpath) {
    ASTParser parser = JParserConfig.Mode.FILE_BY_FILE.create(JAVA_VERSION, classpath).astParser();
    return JParser.parse(parser, JAVA_VERSION.toString(), source.key(), source.text());
  }

  /**
   * One walk over the tree, as the analyzer does for all its subscription checks; each rule's time is the sum of its
   * own calls (setContext, visitNode, leaveNode, leaveFile). The walk itself is not charged: the analyzer walks the
   * tree for its own checks anyway.
   */
  private static void runRules(JavaTree.CompilationUnitTreeImpl tree, String file, List<JavaFileScanner> checks, Pass pass) {
    List<Subscriber> subscribers = new ArrayList<>();
    for (JavaFileScanner check : checks) {
      subscribers.add(new Subscriber(key(check), (IssuableSubscriptionVisitor) check, System::nanoTime));
    }
    walk(tree, file, subscribers, pass.findings);
    for (Subscriber subscriber : subscribers) {
      pass.ruleNanos.merge(subscriber.rule, subscriber.nanos, Long::sum);
      if (subscriber.failure != null) {
        pass.failures.add(subscriber.rule + " in " + file + "\n" + subscriber.failure);
      }
    }
  }

  /**
   * A rule in the walk: the kinds it visits, its time on {@code clock} (a clock that always says 0 when the caller
   * times the whole walk), and the first throwable it let out in this file.
   */
  static final class Subscriber {
    final String rule;
    final IssuableSubscriptionVisitor visitor;
    final Set<Tree.Kind> kinds;
    private final LongSupplier clock;
    JavaFileScannerContext context;
    long nanos;
    String failure;

    Subscriber(String rule, IssuableSubscriptionVisitor visitor, LongSupplier clock) {
      this.rule = rule;
      this.visitor = visitor;
      this.kinds = Set.copyOf(visitor.nodesToVisit());
      this.clock = clock;
    }

    void run(Runnable call) {
      long start = clock.getAsLong();
      try {
        call.run();
      } catch (RuntimeException | StackOverflowError e) {
        if (failure == null) {
          StringWriter stack = new StringWriter();
          e.printStackTrace(new PrintWriter(stack));
          failure = stack.toString();
        }
      } finally {
        nanos += clock.getAsLong() - start;
      }
    }
  }

  /** Runs the subscribers on a file: setContext, one walk over the tree, leaveFile. */
  static void walk(JavaTree.CompilationUnitTreeImpl tree, String file, List<Subscriber> subscribers, List<Finding> findings) {
    for (Subscriber subscriber : subscribers) {
      subscriber.context = context(tree, subscriber.rule, file, findings);
      subscriber.run(() -> subscriber.visitor.setContext(subscriber.context));
    }
    walk(tree, subscribers);
    for (Subscriber subscriber : subscribers) {
      subscriber.run(() -> subscriber.visitor.leaveFile(subscriber.context));
    }
  }

  private static void walk(Tree tree, List<Subscriber> subscribers) {
    for (Subscriber subscriber : subscribers) {
      if (subscriber.kinds.contains(tree.kind())) {
        subscriber.run(() -> subscriber.visitor.visitNode(tree));
      }
    }
    if (tree instanceof JavaTree javaTree && !javaTree.isLeaf()) {
      for (Tree child : javaTree.getChildren()) {
        if (child != null) {
          walk(child, subscribers);
        }
      }
    }
    for (Subscriber subscriber : subscribers) {
      if (subscriber.kinds.contains(tree.kind())) {
        subscriber.run(() -> subscriber.visitor.leaveNode(tree));
      }
    }
  }

  /** The part of the analyzer's context our rules use: the tree, the semantic model, and issue reporting. */
  static JavaFileScannerContext context(JavaTree.CompilationUnitTreeImpl tree, String rule, String file, List<Finding> findings) {
    return (JavaFileScannerContext) Proxy.newProxyInstance(JavaBenchmark.class.getClassLoader(),
      new Class<?>[] {JavaFileScannerContext.class}, (proxy, method, arguments) -> switch (method.getName()) {
        case "getTree" -> tree;
        case "getSemanticModel" -> tree.sema;
        case "getJavaVersion" -> JAVA_VERSION;
        case "fileParsed" -> true;
        case "inAndroidContext" -> false;
        case "reportIssue", "reportIssueWithFlow" -> {
          findings.add(new Finding(rule, file, ((Tree) arguments[1]).firstToken().range().start().line(),
            (String) arguments[2]));
          yield null;
        }
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == arguments[0];
        default -> throw new UnsupportedOperationException(method.getName());
      });
  }

  private static boolean report(Pass warmup, List<Pass> timed, Pass backwards) {
    double kloc = warmup.lines / 1000.0;
    System.out.printf("%nFiles that the frontend could not parse: %d%n", warmup.unparsed.size());
    long frontend = Benchmark.median(timed.stream().mapToLong(p -> p.frontendNanos).toArray());
    long rules = Benchmark.median(timed.stream().mapToLong(Pass::rulesNanos).toArray());
    double share = Benchmark.median(timed.stream().mapToDouble(p -> 100.0 * p.rulesNanos() / p.frontendNanos).toArray());
    System.out.printf("Median over %d timed passes (after 1 warm-up pass):%n", timed.size());
    System.out.printf("  Java frontend (parse + semantic): %,10.1f ms  (%.3f ms per 1,000 lines)%n", Benchmark.ms(frontend), Benchmark.ms(frontend) / kloc);
    System.out.printf("  all our Java rules:               %,10.1f ms  (%.4f ms per 1,000 lines)  %.3f%% of the frontend%n",
      Benchmark.ms(rules), Benchmark.ms(rules) / kloc, share);
    System.out.printf("  %-28s %12s %14s %9s%n", "rule", "ms", "ms/1,000 lines", "findings");
    for (String rule : warmup.ruleNanos.keySet()) {
      long nanos = Benchmark.median(timed.stream().mapToLong(p -> p.ruleNanos.get(rule)).toArray());
      long findings = warmup.findings.stream().filter(f -> f.rule().equals(rule)).count();
      System.out.printf("  %-28s %12.2f %14.4f %9d%n", rule, Benchmark.ms(nanos), Benchmark.ms(nanos) / kloc, findings);
    }
    System.out.printf("%nFindings (%d):%n", warmup.findings.size());
    warmup.findings.stream().sorted(java.util.Comparator.comparing(Finding::file).thenComparingInt(Finding::line))
      .forEach(f -> System.out.printf("  %s %s:%d%n", f.rule(), f.file(), f.line()));
    List<String> failures = Stream.concat(warmup.failures.stream(), backwards.failures.stream()).distinct().toList();
    System.out.printf("%nExceptions thrown by our rules: %d%n", failures.size());
    failures.forEach(System.out::println);
    boolean sameFindings = new java.util.HashSet<>(warmup.findings).equals(new java.util.HashSet<>(backwards.findings))
      && warmup.findings.size() == backwards.findings.size();

    System.out.printf("%nTargets:%n");
    System.out.printf("  %s  all Java rules <= %.0f%% of the Java frontend (%.3f%%)%n", Benchmark.verdict(share <= MAX_TOTAL_SHARE),
      MAX_TOTAL_SHARE, share);
    System.out.printf("  %s  zero exceptions from our rules%n", Benchmark.verdict(failures.isEmpty()));
    System.out.printf("  %s  no state across files: the same findings in reverse file order%n", Benchmark.verdict(sameFindings));
    return share <= MAX_TOTAL_SHARE && failures.isEmpty() && sameFindings;
  }
}
