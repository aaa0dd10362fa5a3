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

class RecordedWalkTest {

  private final Frontend frontend = new Frontend();

  @Test
  void replaying_the_recorded_walk_gives_the_findings_of_the_walk() {
    int compared = 0;
    for (SourceFile file : Corpus.benchmarkInputs()) {
      PythonVisitorContext walked = frontend.analyzeOrNull(file);
      if (walked == null) {
        continue;
      }
      Frontend.runChecks(Rules.newChecks(), walked);
      PythonVisitorContext replayed = frontend.analyze(file);
      RecordedWalk walk = new RecordedWalk(Rules.newChecks());
      walk.record(replayed, file.key());
      walk.replayAll(System::nanoTime);

      assertThat(findings(replayed, StandIn::keyOf)).as(file.key()).isEqualTo(findings(walked, Rules::key));
      assertThat(walk.failures()).as(file.key()).isEmpty();
      compared += walked.getIssues().size();
    }
    assertThat(compared).as("findings compared").isGreaterThan(500);
  }

  @Test
  void the_clock_is_read_twice_per_replay_whatever_the_number_of_visits() {
    RecordedWalk walk = new RecordedWalk(Rules.newChecks());
    walk.record(frontend.analyze(GeneratedModules.generate(Shape.MODULE_CLIENTS, 1_000)), "module_clients.py");
    AtomicLong reads = new AtomicLong();
    // every read costs a microsecond of this clock: a read per visit would show as thousands of them
    LongSupplier clock = () -> 1_000 * reads.incrementAndGet();

    assertThat(walk.visits()).isGreaterThan(5_000);
    assertThat(walk.replayAll(clock)).isEqualTo(1_000);
    assertThat(reads).hasValue(2);
    for (int rule = 0; rule < walk.keys().size(); rule++) {
      assertThat(walk.replayRule(rule, clock)).isEqualTo(1_000);
    }
    assertThat(reads).hasValue(2 + 2L * walk.keys().size());
  }

  @Test
  void a_throwing_rule_is_recorded_with_file_and_line_and_the_others_go_on() {
    SourceFile file = GeneratedModules.generate(Shape.MODULE_CLIENTS, 200);
    PythonVisitorContext walked = frontend.analyze(file);
    Frontend.runChecks(Rules.newChecks(), walked);
    List<PythonSubscriptionCheck> checks = new ArrayList<>(List.of(new ThrowingCheck()));
    checks.addAll(Rules.newChecks());
    PythonVisitorContext replayed = frontend.analyze(file);
    RecordedWalk walk = new RecordedWalk(checks);
    walk.record(replayed, file.key());
    walk.replayAll(System::nanoTime);

    assertThat(findings(replayed, StandIn::keyOf)).isEqualTo(findings(walked, Rules::key)).isNotEmpty();
    assertThat(walk.failures()).isNotEmpty().allSatisfy(failure -> {
      assertThat(failure.rule()).isEqualTo("Throwing");
      assertThat(failure.file()).isEqualTo(file.key());
      assertThat(failure.line()).isPositive();
      assertThat(failure.stack()).contains("deliberate");
    });
  }

  private static List<String> findings(PythonVisitorContext context, Function<PythonCheck, String> key) {
    return context.getIssues().stream().map(issue -> describe(issue, key.apply(issue.check()))).toList();
  }

  private static String describe(PreciseIssue issue, String rule) {
    IssueLocation primary = issue.primaryLocation();
    return rule + " " + primary.startLine() + ":" + primary.startLineOffset() + "-" + primary.endLine() + ":"
      + primary.endLineOffset() + " " + primary.message() + " " + issue.secondaryLocations().stream()
      .map(s -> s.startLine() + ":" + s.startLineOffset() + " " + s.message()).toList() + " " + issue.quickFixes().size();
  }
}
