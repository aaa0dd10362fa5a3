package io.ftpsecurity.benchmark;

import com.sonar.sslr.api.RecognitionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;

/**
 * Runs every rule on files and on damaged variants of them, through the analyzer's own path
 * ({@code SubscriptionVisitor.analyze}, one walk per rule so that a throwable names its rule), and collects what
 * our checks throw. Files the frontend itself cannot parse or model are counted, not blamed on us.
 */
public final class Robustness {

  /** What a run saw. */
  public record Report(int variants, int parsed, List<String> frontendFailures, List<TimedCheck.Failure> failures) {

    public String summary() {
      return variants + " files/variants, " + parsed + " parsed, " + frontendFailures.size()
        + " rejected by the frontend's semantic model, " + failures.size() + " exceptions from our checks";
    }
  }

  private final Frontend frontend = new Frontend();
  private final List<PythonSubscriptionCheck> checks;
  private final List<TimedCheck.Failure> failures = new ArrayList<>();
  private int variants;
  private int parsed;
  private final List<String> frontendFailures = new ArrayList<>();

  Robustness(List<PythonSubscriptionCheck> checks) {
    this.checks = checks;
  }

  /** Every rule on each file as it is. */
  public static Report onFiles(List<SourceFile> files) {
    return onFiles(files, Rules.newChecks());
  }

  static Report onFiles(List<SourceFile> files, List<PythonSubscriptionCheck> checks) {
    Robustness run = new Robustness(checks);
    files.forEach(run::check);
    return run.report();
  }

  /** {@code count} damaged variants, drawn from the sources with a fixed seed. */
  public static Report onMutants(List<SourceFile> sources, int count, long seed) {
    Robustness run = new Robustness(Rules.newChecks());
    Mutator mutator = new Mutator(seed);
    Random pick = new Random(seed);
    for (int i = 0; i < count && !sources.isEmpty(); i++) {
      SourceFile source = sources.get(pick.nextInt(sources.size()));
      String key = source.key() + " (variant " + i + " of seed " + seed + ")";
      run.check(source.withContent(key, mutator.mutate(source.content())));
    }
    return run.report();
  }

  private void check(SourceFile file) {
    variants++;
    PythonVisitorContext context;
    try {
      context = frontend.analyze(file);
    } catch (RecognitionException e) {
      return;
    } catch (RuntimeException | StackOverflowError e) {
      // the frontend's own semantic model gave up: nothing our rules could have done
      frontendFailures.add(file.key() + ": " + e);
      return;
    }
    parsed++;
    for (PythonSubscriptionCheck check : checks) {
      try {
        Frontend.runChecks(List.of(check), context);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new TimedCheck.Failure(Rules.key(check), file.key(), 0, TimedCheck.stack(e) + firstLines(file)));
      }
    }
  }

  private Report report() {
    return new Report(variants, parsed, List.copyOf(frontendFailures), List.copyOf(failures));
  }

  /** A damaged variant exists only in memory: keep enough of it in the report to reproduce. */
  private static String firstLines(SourceFile file) {
    String content = file.content();
    return content.length() > 4000 ? "" : "--- source ---\n" + content;
  }
}
