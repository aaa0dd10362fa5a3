package io.ftpsecurity.ruling;

import com.sonar.sslr.api.RecognitionException;
import io.ftpsecurity.benchmark.Corpus;
import io.ftpsecurity.benchmark.Frontend;
import io.ftpsecurity.benchmark.Rules;
import io.ftpsecurity.benchmark.SourceFile;
import io.ftpsecurity.benchmark.TimedCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sonar.plugins.python.api.IssueLocation;
import org.sonar.plugins.python.api.PythonCheck.PreciseIssue;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;

/**
 * Every rule of {@code PythonRules.all()} over every {@code .py} file of a project, the way the benchmark runs
 * them ({@link Frontend}, one subscription walk, each rule wrapped in a {@link TimedCheck} that times it and
 * records what it throws). Fresh rule instances per project, as in a new analysis; one frontend for the run, so
 * typeshed is loaded once.
 */
public final class PythonRulesRunner implements RulesRunner {

  private final Frontend frontend = new Frontend();
  private final Supplier<List<PythonSubscriptionCheck>> checks;

  public PythonRulesRunner() {
    this(Rules::newChecks);
  }

  PythonRulesRunner(Supplier<List<PythonSubscriptionCheck>> checks) {
    this.checks = checks;
  }

  @Override
  public ProjectResult run(Project project, Path folder) {
    List<TimedCheck> timed = checks.get().stream().map(TimedCheck::new).toList();
    List<String> parseFailures = new ArrayList<>();
    List<String> frontendFailures = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    int files = 0;
    long lines = 0;
    long frontendNanos = 0;
    for (SourceFile file : Corpus.load(folder)) {
      files++;
      lines += file.lines();
      long start = System.nanoTime();
      PythonVisitorContext context;
      try {
        context = frontend.analyze(file);
      } catch (RecognitionException e) {
        parseFailures.add(file.key() + ":" + e.getLine());
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        frontendFailures.add(file.key() + ": " + e);
        continue;
      } finally {
        frontendNanos += System.nanoTime() - start;
      }
      timed.forEach(c -> c.enterFile(file.key()));
      Frontend.runChecks(timed, context);
      for (PreciseIssue issue : context.getIssues()) {
        IssueLocation primary = issue.primaryLocation();
        findings.add(new Finding(((TimedCheck) issue.check()).key(), file.key(), primary.startLine(),
          primary.message()));
      }
    }
    Map<String, Long> ruleNanos = new LinkedHashMap<>();
    timed.forEach(c -> ruleNanos.merge(c.key(), c.nanos(), Long::sum));
    List<String> checkFailures = timed.stream().flatMap(c -> c.failures().stream())
      .map(f -> f.rule() + " threw in " + f.file() + " line " + f.line() + ":\n" + f.stack()).toList();
    return new ProjectResult(project, files, lines, parseFailures, frontendFailures, frontendNanos, ruleNanos,
      findings, checkFailures);
  }
}
