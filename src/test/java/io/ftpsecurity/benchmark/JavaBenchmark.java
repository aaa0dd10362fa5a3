package io.ftpsecurity.benchmark;

import io.ftpsecurity.java.rules.JavaRules;
import io.ftpsecurity.ruling.MavenSources;
import io.ftpsecurity.ruling.Project;
import io.ftpsecurity.ruling.Ruling;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
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
import org.slf4j.LoggerFactory;
import org.sonar.api.batch.fs.InputFile;
import org.sonar.check.Rule;
import org.sonar.java.AnalysisProgress;
import org.sonar.java.model.JParser;
import org.sonar.java.model.JParserConfig;
import org.sonar.java.model.JavaTree;
import org.sonar.java.model.JavaVersionImpl;
import org.sonar.plugins.java.api.IssuableSubscriptionVisitor;
import org.sonar.plugins.java.api.JavaCheck;
import org.sonar.plugins.java.api.JavaFileScanner;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.JavaVersion;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * {@code bin/benchmark --java [folder...] [--repeat N] [--no-classpath]}: runs every rule of {@code JavaRules.all()}
 * over every {@code .java} file of a corpus and compares their time with the Java frontend's own, analysed as the
 * analyzer analyses a project. By default the corpus is the sources jars of commons-net, commons-vfs2 and
 * hadoop-common, fetched from Maven Central with the class path of each artifact's own pom by the ruling's
 * {@link MavenSources} (into the ruling's cache); a folder given on the command line is analysed with the class
 * path beside it when it has one in that layout ({@code src/} and {@link MavenSources#CLASSPATH}), else without.
 *
 * <p>The frontend parses each project in the analyzer's batch mode ({@code JParserConfig.Mode.BATCH}, one JDT
 * environment for a batch of files, batches sized as the analyzer sizes them by default), and hands each file's tree
 * to a callback: there our rules run on it, each timed over the whole file ({@link #runRules}). Times are the
 * analysing thread's CPU time; the frontend's own is the batch's minus the time spent in the callback. Control-flow
 * graphs a rule asks for are built lazily and charged to that rule. The same rule instances serve every file, as in the analyzer; the
 * corpus is analysed a second time in reverse order, and the findings must be the same: no rule keeps state from one
 * file to the next. {@code --no-classpath} leaves the libraries out (the figure of the benchmark's first version).
 * The scaling mode ({@code --scaling}, {@link JavaScalingBenchmark}) shows how each rule's cost per line grows with
 * the file.
 */
public final class JavaBenchmark {

  private static final double MAX_TOTAL_SHARE = 2.0;
  private static final JavaVersion JAVA_VERSION = new JavaVersionImpl(21);
  /** The analysing thread's CPU time: JDT parses a batch in the calling thread, and our rules run there too. */
  static final LongSupplier CPU_TIME = ManagementFactory.getThreadMXBean()::getCurrentThreadCpuTime;
  /**
   * What reading that clock adds to an interval it times (about a microsecond here, more than many of our visits):
   * the median of 10,001 back-to-back readings, taken off each rule's time on a file, where it would be 8 rules x
   * 1,670 files of the harness's own cost.
   */
  static final long CLOCK_READING_NANOS = clockReadingNanos();

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

  /**
   * A project of the corpus: the folder its keys are relative to, its {@code .java} files, and the jars its code
   * compiles against (empty when they are not known: library types then do not resolve).
   */
  public record Sources(String name, Path root, List<Source> files, List<File> classpath) {

    long lines() {
      return files.stream().mapToLong(Source::lines).sum();
    }
  }

  /** The default corpus: Maven artifacts, fetched as the ruling fetches its Java projects. */
  static final List<Project> DEFAULT_CORPUS = List.of(new Project("java", "commons-net:commons-net", "3.11.1", false),
    new Project("java", "org.apache.commons:commons-vfs2", "2.9.0", false),
    new Project("java", "org.apache.hadoop:hadoop-common", "3.4.1", false));

  private JavaBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    try {
      if (args.length > 0 && "--scaling".equals(args[0])) {
        System.exit(JavaScalingBenchmark.run(args) ? 0 : 1);
      }
      run(args);
    } catch (ScalingTable.BadOption e) {
      Benchmark.exitOnBadOption(e);
    }
  }

  private static void run(String[] args) throws Exception {
    int repeat = 3;
    boolean withClasspath = true;
    List<Path> folders = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--repeat" -> repeat = ScalingTable.number(args, ++i);
        case "--no-classpath" -> withClasspath = false;
        default -> folders.add(Path.of(args[i]));
      }
    }
    if (folders.isEmpty()) {
      MavenSources maven = MavenSources.system(Ruling.cache());
      for (Project artifact : DEFAULT_CORPUS) {
        Benchmark.progress("fetching " + artifact.pinned() + " and its class path (Maven Central, once)");
        folders.add(maven.fetch(artifact));
      }
    }
    List<Sources> corpus = new ArrayList<>();
    for (Path folder : folders) {
      Sources project = load(folder);
      corpus.add(withClasspath ? project : new Sources(project.name(), project.root(), project.files(), List.of()));
    }
    List<JavaFileScanner> checks = newChecks();
    System.out.printf("Corpus: %s (%d .java files, %,d lines)%n", folders, corpus.stream().mapToInt(p -> p.files().size()).sum(),
      corpus.stream().mapToLong(Sources::lines).sum());
    corpus.forEach(p -> System.out.printf("  %s: %d files, %,d lines, %d jars on the class path%n", p.name(),
      p.files().size(), p.lines(), p.classpath().size()));
    System.out.printf("Frontend: batch mode, batches of up to %d KB (the analyzer's default for this heap)%nRules: %s%n%n",
      batchSizeInKB(), checks.stream().map(JavaBenchmark::key).toList());

    Benchmark.progress("warm-up pass");
    Pass warmup = pass(corpus, checks);
    List<Pass> timed = new ArrayList<>();
    for (int i = 1; i <= repeat; i++) {
      Benchmark.progress("timed pass " + i + "/" + repeat);
      timed.add(pass(corpus, checks));
    }
    Benchmark.progress("reverse-order pass with the same rule instances");
    List<Sources> reversed = new ArrayList<>();
    for (Sources project : corpus.reversed()) {
      reversed.add(new Sources(project.name(), project.root(), project.files().reversed(), project.classpath()));
    }
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

  /**
   * The project in {@code folder}: its sources under {@code src/} with the class path of {@link MavenSources} when
   * the folder has that layout, else every {@code .java} file of the folder without a class path.
   */
  public static Sources load(Path folder) throws IOException {
    Path sources = Files.isDirectory(folder.resolve("src")) ? folder.resolve("src") : folder;
    List<Source> files = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(sources)) {
      for (Path file : paths.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        files.add(new Source(sources.relativize(file).toString(), text, text.lines().count()));
      }
    }
    return new Sources(folder.getFileName().toString(), sources, files, MavenSources.classpath(folder));
  }

  private static Pass pass(List<Sources> corpus, List<JavaFileScanner> checks) {
    Pass pass = new Pass();
    checks.forEach(check -> pass.ruleNanos.put(key(check), 0L));
    for (Sources project : corpus) {
      analyze(project, checks, pass);
    }
    return pass;
  }

  /**
   * Analyses a project as the analyzer does: batches of files parsed together in the frontend's batch mode with the
   * project's class path, each file's tree handed to our rules as soon as it is built. A file that does not parse is
   * recorded in {@code pass.unparsed}.
   */
  public static void analyze(Sources project, List<JavaFileScanner> checks, Pass pass) {
    quietFrontendLogs();
    JParserConfig config = JParserConfig.Mode.BATCH.create(JAVA_VERSION, project.classpath());
    Map<InputFile, Source> byInput = new LinkedHashMap<>();
    for (Source source : project.files()) {
      byInput.put(inputFile(project.root(), source), source);
      pass.lines += source.lines();
    }
    for (List<InputFile> batch : batches(List.copyOf(byInput.keySet()), batchSizeInKB() * 1000)) {
      long[] ours = {0};
      long start = CPU_TIME.getAsLong();
      config.parse(batch, () -> false, new AnalysisProgress(batch.size()), (input, result) -> {
        long callback = CPU_TIME.getAsLong();
        Source source = byInput.get(input);
        try {
          runRules(result.get(), source.key(), checks, pass);
        } catch (Exception e) {
          pass.unparsed.add(source.key());
        }
        ours[0] += CPU_TIME.getAsLong() - callback;
      });
      pass.frontendNanos += CPU_TIME.getAsLong() - start - ours[0];
    }
  }

  /** The frontend logs each batch and its slowest files: the report stays readable without them. */
  private static void quietFrontendLogs() {
    if (LoggerFactory.getLogger("org.sonar.java") instanceof ch.qos.logback.classic.Logger logger) {
      logger.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  /**
   * The analyzer's default batch size (sonar-java's {@code SonarComponents}, without
   * {@code sonar.java.experimental.batchModeSizeInKB}): 0.005% of the heap, at most 500 KB.
   */
  static long batchSizeInKB() {
    return Math.min(500, (long) (Runtime.getRuntime().maxMemory() * 0.00005) / 1000);
  }

  /** Consecutive files up to {@code maxBytes} in all, as the analyzer cuts them; a larger file is a batch alone. */
  static List<List<InputFile>> batches(List<InputFile> files, long maxBytes) {
    List<List<InputFile>> batches = new ArrayList<>();
    List<InputFile> batch = new ArrayList<>();
    long bytes = 0;
    for (InputFile file : files) {
      long size = file.file().length();
      if (!batch.isEmpty() && bytes + size > maxBytes) {
        batches.add(batch);
        batch = new ArrayList<>();
        bytes = 0;
      }
      batch.add(file);
      bytes += size;
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  /** The part of a file the batch parser reads: its path (JDT reads the file itself), name, charset and text. */
  private static InputFile inputFile(Path root, Source source) {
    File file = root.resolve(source.key()).toFile();
    return (InputFile) Proxy.newProxyInstance(JavaBenchmark.class.getClassLoader(), new Class<?>[] {InputFile.class},
      (proxy, method, arguments) -> switch (method.getName()) {
        case "absolutePath" -> file.getAbsolutePath();
        case "file" -> file;
        case "filename" -> file.getName();
        case "charset" -> StandardCharsets.UTF_8;
        case "contents" -> source.text();
        case "toString" -> source.key();
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == arguments[0];
        default -> throw new UnsupportedOperationException(method.getName());
      });
  }

  /** The frontend's work on one file alone (the scaling mode): the JDT parse, the tree and its semantic model. */
  static JavaTree.CompilationUnitTreeImpl parse(Source source, List<File> classpath) {
    ASTParser parser = JParserConfig.Mode.FILE_BY_FILE.create(JAVA_VERSION, classpath).astParser();
    return JParser.parse(parser, JAVA_VERSION.toString(), source.key(), source.text());
  }

  /**
   * Our rules on one file, each timed by the analysing thread's CPU clock around its whole file: a walk over the tree
   * lists the visits the analyzer's walk would make on each rule (visitNode and leaveNode on its node kinds, in walk
   * order), then each rule's visits are replayed on it alone (setContext, the visits, leaveFile). Reading that clock
   * costs about a microsecond, more than many visits, so it is not read around each; the wall clock, which could be,
   * charged whole time slices of the other engineers' processes on this shared machine to whichever visit they
   * interrupted. The walk itself is not charged: the analyzer walks the tree for its own checks anyway.
   */
  private static void runRules(JavaTree.CompilationUnitTreeImpl tree, String file, List<JavaFileScanner> checks, Pass pass) {
    List<IssuableSubscriptionVisitor> visitors = checks.stream().map(IssuableSubscriptionVisitor.class::cast).toList();
    List<List<Visit>> visits = collectVisits(tree, visitors);
    for (int i = 0; i < visitors.size(); i++) {
      String rule = key(checks.get(i));
      pass.ruleNanos.merge(rule, replay(tree, file, visitors.get(i), visits.get(i), rule, pass.findings, pass.failures), Long::sum);
    }
  }

  /** A call the analyzer's walk makes on a rule: visitNode on the way down, leaveNode on the way up. */
  record Visit(Tree tree, boolean leave) {
  }

  /** For each rule, the visits of one walk over the tree, in the walk's order. */
  static List<List<Visit>> collectVisits(Tree tree, List<IssuableSubscriptionVisitor> visitors) {
    List<Set<Tree.Kind>> kinds = visitors.stream().map(visitor -> Set.copyOf(visitor.nodesToVisit())).toList();
    List<List<Visit>> visits = new ArrayList<>();
    visitors.forEach(visitor -> visits.add(new ArrayList<>()));
    collectVisits(tree, kinds, visits);
    return visits;
  }

  private static void collectVisits(Tree tree, List<Set<Tree.Kind>> kinds, List<List<Visit>> visits) {
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).contains(tree.kind())) {
        visits.get(i).add(new Visit(tree, false));
      }
    }
    if (tree instanceof JavaTree javaTree && !javaTree.isLeaf()) {
      for (Tree child : javaTree.getChildren()) {
        if (child != null) {
          collectVisits(child, kinds, visits);
        }
      }
    }
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).contains(tree.kind())) {
        visits.get(i).add(new Visit(tree, true));
      }
    }
  }

  /** The CPU time of one rule on the file: setContext, its visits, leaveFile; its first throwable goes to failures. */
  static long replay(JavaTree.CompilationUnitTreeImpl tree, String file, IssuableSubscriptionVisitor visitor,
    List<Visit> visits, String rule, List<Finding> findings, List<String> failures) {
    JavaFileScannerContext context = context(tree, rule, file, findings);
    Failure failure = new Failure();
    long start = CPU_TIME.getAsLong();
    failure.run(() -> visitor.setContext(context));
    for (Visit visit : visits) {
      failure.run(visit.leave() ? () -> visitor.leaveNode(visit.tree()) : () -> visitor.visitNode(visit.tree()));
    }
    failure.run(() -> visitor.leaveFile(context));
    long nanos = Math.max(0, CPU_TIME.getAsLong() - start - CLOCK_READING_NANOS);
    if (failure.stack != null) {
      failures.add(rule + " in " + file + "\n" + failure.stack);
    }
    return nanos;
  }

  private static long clockReadingNanos() {
    long[] deltas = new long[10_001];
    for (int i = 0; i < deltas.length; i++) {
      long start = CPU_TIME.getAsLong();
      deltas[i] = CPU_TIME.getAsLong() - start;
    }
    return Benchmark.median(deltas);
  }

  /** The first throwable a rule let out in a file, with its stack. */
  private static final class Failure {
    String stack;

    void run(Runnable call) {
      try {
        call.run();
      } catch (RuntimeException | StackOverflowError e) {
        if (stack == null) {
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          stack = trace.toString();
        }
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
    System.out.printf("Median over %d timed passes (after 1 warm-up pass), CPU time of the analysing thread (a clock reading, "
      + "%,d ns, taken off each rule's time on each file):%n", timed.size(), CLOCK_READING_NANOS);
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
