package io.ftpsecurity.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.benchmark.GeneratedModules.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.PythonCheck;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.tree.Tree;

class PairedWalksTest {

  private final Frontend frontend = new Frontend();

  @Test
  void the_walk_of_all_rules_and_of_each_alone_give_the_findings_of_a_plain_walk() {
    int compared = 0;
    for (SourceFile file : Corpus.benchmarkInputs()) {
      PythonVisitorContext plain = frontend.analyzeOrNull(file);
      if (plain == null) {
        continue;
      }
      Frontend.runChecks(Rules.newChecks(), plain);
      List<String> expected = findings(plain.getIssues(), Rules::key);
      PythonVisitorContext measured = frontend.analyze(file);
      PairedWalks walks = new PairedWalks(Rules.newChecks());

      walks.all(measured, file.key(), System::nanoTime);
      assertThat(findings(measured.getIssues(), StandIn::keyOf)).as(file.key()).isEqualTo(expected);
      for (int rule = 0; rule < walks.keys().size(); rule++) {
        String key = walks.keys().get(rule);
        int before = measured.getIssues().size();
        walks.rule(rule, measured, file.key(), System::nanoTime);
        List<PreciseIssue> alone = measured.getIssues().subList(before, measured.getIssues().size());
        assertThat(findings(alone, StandIn::keyOf)).as(key + " alone on " + file.key())
          .isEqualTo(expected.stream().filter(finding -> finding.startsWith(key + " ")).toList());
      }
      assertThat(walks.failures()).as(file.key()).isEmpty();
      compared += plain.getIssues().size();
    }
    assertThat(compared).as("findings compared").isGreaterThan(500);
  }

  @Test
  void each_twin_subscribes_to_the_kinds_of_its_rule_as_many_times() {
    PairedWalks walks = new PairedWalks(Rules.newChecks());
    List<PythonSubscriptionCheck> fresh = Rules.newChecks();
    for (int rule = 0; rule < fresh.size(); rule++) {
      List<Tree.Kind> kinds = new ArrayList<>();
      fresh.get(rule).initialize((kind, consumer) -> kinds.add(kind));
      assertThat(walks.twinKinds(rule)).as(walks.keys().get(rule)).isNotEmpty().isEqualTo(kinds);
    }
  }

  @Test
  void a_pair_calls_the_rule_as_often_as_a_plain_walk_does_and_its_twin_never() {
    PythonVisitorContext context = frontend.analyze(GeneratedModules.generate(Shape.MODULE_CLIENTS, 200));
    Counting plain = new Counting();
    Frontend.runChecks(List.of(plain), context);
    Counting counted = new Counting();
    PairedWalks walks = new PairedWalks(List.of(counted));

    walks.rule(0, context, "module_clients.py", System::nanoTime);
    assertThat(plain.calls).isGreaterThan(100);
    assertThat(counted.calls).isEqualTo(plain.calls);
    assertThat(counted.files).isEqualTo(1);
    assertThat(walks.twinKinds(0)).containsExactly(Tree.Kind.CALL_EXPR, Tree.Kind.NAME);
  }

  /** Counts its calls on calls and names, and its files. */
  private static final class Counting extends PythonSubscriptionCheck {
    int calls;
    int files;

    @Override
    public void initialize(Context context) {
      context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> calls++);
      context.registerSyntaxNodeConsumer(Tree.Kind.NAME, ctx -> calls++);
    }

    @Override
    public void leaveFile() {
      files++;
    }
  }

  @Test
  void the_clock_is_read_twice_per_walk_whatever_the_number_of_visits() {
    PairedWalks walks = new PairedWalks(Rules.newChecks());
    PythonVisitorContext context = frontend.analyze(GeneratedModules.generate(Shape.MODULE_CLIENTS, 1_000));
    AtomicLong reads = new AtomicLong();
    // every read costs a microsecond of this clock: a read per visit would show as thousands of them
    LongSupplier clock = () -> 1_000 * reads.incrementAndGet();

    PairedWalks.Pair all = walks.all(context, "module_clients.py", clock);
    assertThat(all.baseline()).isEqualTo(1_000);
    assertThat(all.measured()).isEqualTo(1_000);
    assertThat(all.cost()).isZero();
    assertThat(reads).hasValue(4);
    assertThat(walks.eachRule(context, "module_clients.py", clock)).allSatisfy(pair -> assertThat(pair.cost()).isZero());
    assertThat(reads).hasValue(4 + 4L * walks.keys().size());
  }

  @Test
  void a_throwing_rule_is_recorded_once_with_file_and_line_and_the_others_go_on() {
    SourceFile file = GeneratedModules.generate(Shape.MODULE_CLIENTS, 200);
    PythonVisitorContext plain = frontend.analyze(file);
    Frontend.runChecks(Rules.newChecks(), plain);
    List<PythonSubscriptionCheck> checks = new ArrayList<>(List.of(new ThrowingCheck()));
    checks.addAll(Rules.newChecks());
    PythonVisitorContext measured = frontend.analyze(file);
    PairedWalks walks = new PairedWalks(checks);
    walks.all(measured, file.key(), System::nanoTime);
    List<TimedCheck.Failure> failures = walks.failures();
    walks.rule(0, measured, file.key(), System::nanoTime);

    assertThat(findings(measured.getIssues(), StandIn::keyOf)).isEqualTo(findings(plain.getIssues(), Rules::key))
      .isNotEmpty();
    assertThat(failures).isNotEmpty().allSatisfy(failure -> {
      assertThat(failure.rule()).isEqualTo("Throwing");
      assertThat(failure.file()).isEqualTo(file.key());
      assertThat(failure.line()).isPositive();
      assertThat(failure.stack()).contains("deliberate");
    });
    // one per call expression of the file, however many walks meet it
    assertThat(failures.stream().map(TimedCheck.Failure::line).distinct()).hasSizeGreaterThan(10);
    assertThat(walks.failures()).isEqualTo(failures);
  }

  private static List<String> findings(List<PreciseIssue> issues, Function<PythonCheck, String> key) {
    return issues.stream().map(issue -> describe(issue, key.apply(issue.check()))).toList();
  }

  private static String describe(PreciseIssue issue, String rule) {
    IssueLocation primary = issue.primaryLocation();
    return rule + " " + primary.startLine() + ":" + primary.startLineOffset() + "-" + primary.endLine() + ":"
      + primary.endLineOffset() + " " + primary.message() + " " + issue.secondaryLocations().stream()
      .map(s -> s.startLine() + ":" + s.startLineOffset() + " " + s.message()).toList() + " " + issue.quickFixes().size();
  }
}
