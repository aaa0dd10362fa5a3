package io.ftpsecurity.benchmark;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.java.rules.JavaRules;
import io.ftpsecurity.python.rules.PythonRules;
import io.ftpsecurity.readme.Readme;
import io.ftpsecurity.readme.ScriptRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sonar.check.Rule;

/**
 * Every bin/benchmark command of README and docs/benchmark.md, run through bin/benchmark in the same mode and with
 * the same options, on inputs small enough for a test: examples/ instead of the standard library or a project,
 * two small sizes instead of up to 50,000 lines. On such inputs the cost targets (shares of the frontend's time,
 * cost per line) may fail, and only they; an exception from a check, a lost rule or a crash fails the test.
 */
public class ReadmeBenchmarkCommandsTest {

  /** A run of bin/benchmark on a small input, what it must print, and the rules each of its tables must show. */
  record SmallRun(String name, List<String> arguments, List<String> printed, List<? extends Class<?>> rules) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final SmallRun PYTHON_FULL = new SmallRun("Python rules on a folder, with the mutation run",
    List.of("examples", "--repeat", "1", "--full", "--mutants", "20", "--seed", "42"),
    List.of("Corpus: examples (", "Heap (one pass each", "Findings (", "InsecureFtp insecure_ftp.py:8 Use \"FTP_TLS\"",
      "Exceptions thrown by our checks over the corpus: 0", "PASS  zero exceptions from our checks on the corpus",
      "Mutation run (seed 42): 20 files/variants", "PASS  no check throws on a damaged variant"),
    PythonRules.all());
  private static final SmallRun PYTHON_NO_HEAP = new SmallRun("Python rules on a folder, without the heap passes",
    List.of("examples", "--repeat", "1", "--no-heap"),
    List.of("(not measured: no state growing with the file count; run without --no-heap)",
      "PASS  zero exceptions from our checks on the corpus"),
    PythonRules.all());
  private static final SmallRun SCALING = new SmallRun("Python rules on generated files",
    List.of("--scaling", "--sizes", "200,400", "--shapes", "module_clients,long_function", "--repeat", "1"),
    List.of("Scaling run: sizes [200, 400], shapes [module_clients, long_function], 1 timed passes per size",
      "Shape module_clients: ms per 1,000 lines", "Shape long_function: ms per 1,000 lines",
      "PASS  zero exceptions from our checks on the generated files"),
    PythonRules.all());
  // compared with itself: the same findings, and figures near 1
  private static final SmallRun COMPARE = new SmallRun("Python rules of this build against another build's",
    List.of("--scaling", "--compare", "target/classes", "--sizes", "200,400", "--shapes", "module_clients", "--repeat", "3"),
    List.of("Comparison run: this build against target/classes, sizes [200, 400], shapes [module_clients], 3 rounds per size",
      "Shape module_clients: ms per 1,000 lines (median over the rounds)", "this minus other, per round",
      "PASS  the same number of findings from both builds on every file"),
    List.of());
  // examples/java/src has no class path beside it: --no-classpath is parsed and changes nothing there
  private static final SmallRun JAVA = new SmallRun("Java rules on a folder",
    List.of("--java", "examples/java/src", "--repeat", "1", "--no-classpath"),
    List.of("Corpus: [examples/java/src] (8 .java files", "Exceptions thrown by our rules: 0", "PASS  zero exceptions from our rules",
      "PASS  no state across files"),
    JavaRules.all());
  private static final SmallRun JAVA_SCALING = new SmallRun("Java rules on generated files",
    List.of("--java", "--scaling", "--sizes", "200,400", "--shapes", "class_methods,long_method", "--repeat", "1"),
    List.of("Java scaling run: sizes [200, 400], shapes [class_methods, long_method], 1 timed passes per size",
      "Shape class_methods: CPU µs per line", "Shape long_method: CPU µs per line",
      "PASS  zero exceptions from our rules on the generated files"),
    JavaRules.all());

  /** Each command the pages show, and the small run of this test that has its mode and options. */
  public static final Map<String, SmallRun> SMALL_RUNS = Map.ofEntries(
    entry("bin/benchmark", PYTHON_FULL),
    entry("bin/benchmark path/to/code --full", PYTHON_FULL),
    entry("bin/benchmark path/to/project", PYTHON_FULL),
    entry("bin/benchmark --repeat 5", PYTHON_FULL),
    entry("bin/benchmark --full", PYTHON_FULL),
    entry("bin/benchmark --full --mutants 10000 --seed 42", PYTHON_FULL),
    entry("bin/benchmark --repeat 5 --full", PYTHON_FULL),
    entry("bin/benchmark --repeat 1", PYTHON_FULL),
    entry("bin/benchmark --no-heap", PYTHON_NO_HEAP),
    entry("bin/benchmark --repeat 1 --no-heap", PYTHON_NO_HEAP),
    entry("bin/benchmark --scaling", SCALING),
    entry("bin/benchmark --scaling --repeat 1 --sizes 1000,5000,20000", SCALING),
    entry("bin/benchmark --scaling --sizes 1000,5000,20000 --repeat 3", SCALING),
    entry("bin/benchmark --scaling --sizes 1000,50000 --shapes module_clients,classes --repeat 1", SCALING),
    entry("bin/benchmark --scaling --sizes 1000,5000,20000 --shapes module_clients,long_function --repeat 3", SCALING),
    entry("bin/benchmark --scaling --compare ../before/target/classes", COMPARE),
    entry("bin/benchmark --scaling --compare ../before/target/classes --sizes 1000,20000 --repeat 40", COMPARE),
    entry("bin/benchmark --java", JAVA),
    entry("bin/benchmark --java path/to/src --repeat 3", JAVA),
    entry("bin/benchmark --java --no-classpath", JAVA),
    entry("bin/benchmark --java --repeat 3", JAVA),
    entry("bin/benchmark --java --scaling --sizes 1000,5000 --repeat 1", JAVA_SCALING),
    entry("bin/benchmark --java --scaling", JAVA_SCALING),
    entry("bin/benchmark --java --scaling --shapes long_method --sizes 1000,50000 --repeat 1", JAVA_SCALING));

  @Test
  void every_command_shown_has_a_small_run_with_its_options() {
    for (Readme.Command command : Readme.allCommands()) {
      if (command.text().startsWith("bin/benchmark")) {
        assertThat(SMALL_RUNS).as("a small run of " + command + " in SMALL_RUNS").containsKey(command.text());
        List<String> options = command.words().stream().filter(word -> word.startsWith("--")).toList();
        assertThat(SMALL_RUNS.get(command.text()).arguments()).as("options of " + command).containsAll(options);
      }
    }
    // without a folder it runs on the standard library of python3, which this machine has
    assertThat(Corpus.pythonStdlib()).as("the default corpus of bin/benchmark").isPresent();
  }

  static Stream<SmallRun> smallRuns() {
    return Stream.of(PYTHON_FULL, PYTHON_NO_HEAP, SCALING, COMPARE, JAVA, JAVA_SCALING);
  }

  static Stream<List<String>> mistypedCommands() {
    return Stream.of(
      List.of("--scaling", "--shapes", "module_clients,urls", "no shape named 'urls'; the shapes are module_clients,"
        + "long_function,branches_and_loops,classes,ftp_urls"),
      List.of("--scaling", "--sizes", "1000,5k", "--sizes takes a whole number, not '5k'"),
      List.of("examples", "--repeat", "--repeat needs a value"),
      List.of("examples", "--mutants", "5000000000", "--mutants takes a smaller number than 5000000000"),
      List.of("--java", "--repeat", "three", "--repeat takes a whole number, not 'three'"),
      List.of("--java", "--scaling", "--shapes", "module_clients", "no shape named 'module_clients'; the shapes are"),
      List.of("--scaling", "--compare", "examples", "--compare takes the classes folder of a build of this plugin"),
      List.of("--java", "--scaling", "--compare", "target/classes", "--compare is for the Python rules only"));
  }

  /** The last word is what must be printed; the words before it are the command's arguments. */
  @ParameterizedTest
  @MethodSource("mistypedCommands")
  void a_mistyped_option_is_named_with_the_usage_and_no_stack_trace(List<String> argumentsAndMessage) {
    List<String> command = new ArrayList<>(List.of("bin/benchmark"));
    command.addAll(argumentsAndMessage.subList(0, argumentsAndMessage.size() - 1));
    ScriptRun run = ScriptRun.of(command, Map.of(), 5);
    assertThat(run.status()).as(run.toString()).isEqualTo(2);
    assertThat(run.output()).as(run.toString())
      .contains("bin/benchmark: " + argumentsAndMessage.getLast(), "usage: bin/benchmark [folder]")
      .doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest
  @MethodSource("smallRuns")
  void runs_and_prints_every_rule_and_no_exception(SmallRun small) {
    List<String> command = new ArrayList<>(List.of("bin/benchmark"));
    command.addAll(small.arguments());
    ScriptRun run = ScriptRun.of(command, Map.of(), 10);
    List<String> failed = run.output().lines().filter(line -> line.strip().startsWith("FAIL")).toList();
    assertThat(run.status()).as(run.toString()).isEqualTo(failed.isEmpty() ? 0 : 1);
    assertThat(failed).as("failed targets other than cost in " + run).allMatch(line -> line.contains("<=") || line.contains("cost per line"));
    assertThat(run.output()).as(run.toString()).contains(small.printed());
    for (Class<?> rule : small.rules()) {
      String key = rule.getAnnotation(Rule.class).key();
      // a cost near the noise floor can print below zero on a loaded machine: the row is there all the same
      assertThat(run.output()).as("row of " + key + " in " + run).containsPattern("(?m)^ +" + key + " +-?\\d");
    }
  }
}
