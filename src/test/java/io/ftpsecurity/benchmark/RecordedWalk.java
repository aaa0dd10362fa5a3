package io.ftpsecurity.benchmark;

import io.ftpsecurity.python.analysis.ControlFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.python.parser.PythonParser;
import org.sonar.python.tree.PythonTreeMaker;

/**
 * Times our rules without a clock read per visit. {@link #record} makes the analyzer's subscription walk over a
 * file and notes which consumer of which rule it would call on which node, in the walk's order, without calling
 * any; {@link #replayAll} then calls them all in that order, each rule's {@code leaveFile} after, and reads the
 * clock twice in all. The rules see exactly what the walk would show them (the per-file facts they share are built
 * in the same order), so a replay gives the walk's findings; the walk's own cost is left out, as in
 * {@link TimedCheck}: the analyzer walks the tree for its hundreds of checks anyway. {@link #replayRule} replays the
 * visits of one rule alone, after dropping the per-file facts rules share, so that each rule pays for the facts it
 * uses: the rules' own figures add up to more than {@link #replayAll}'s.
 *
 * <p>The corpus mode ({@link Benchmark}) times its rules this way. On a file larger than the processor's caches a
 * rule replayed alone reaches every node cold, where the analyzer's walk has just touched it, so the scaling mode
 * times rules inside real walks instead ({@link PairedWalks}).
 *
 * <p>A throwable from a rule is recorded with the file and the line of the node (by {@link #replayAll} only, so
 * that it is listed once), and the replay goes on with the next visit. Not thread-safe.
 */
public final class RecordedWalk {

  /** A module of no code: asking for its facts makes {@link ControlFlow} drop those of the file being replayed. */
  private static final FileInput OTHER_FILE = new PythonTreeMaker().fileInput(PythonParser.create().parse(""));

  /** A call the walk would make: this consumer of rule {@code rule}, with this node as the context's node. */
  private record Visit(int rule, Consumer<SubscriptionContext> consumer, SubscriptionContext context) {
  }

  private final List<Recorder> rules = new ArrayList<>();
  private final List<Visit> visits = new ArrayList<>();
  private final List<TimedCheck.Failure> failures = new ArrayList<>();
  private String file = "";

  public RecordedWalk(List<PythonSubscriptionCheck> rules) {
    rules.forEach(rule -> this.rules.add(new Recorder(this.rules.size(), rule)));
  }

  public List<String> keys() {
    return rules.stream().map(Recorder::key).toList();
  }

  public List<TimedCheck.Failure> failures() {
    return failures;
  }

  /** How many consumer calls the last recorded walk holds. */
  public int visits() {
    return visits.size();
  }

  /** One subscription walk over the file, noting the visits of every rule instead of making them. */
  public void record(PythonVisitorContext context, String fileKey) {
    visits.clear();
    file = fileKey;
    Frontend.runChecks(rules, context);
  }

  /** Every visit of the last recorded walk, in its order, then every rule's {@code leaveFile}; returns the time. */
  public long replayAll(LongSupplier clock) {
    long start = clock.getAsLong();
    for (Visit visit : visits) {
      call(visit, true);
    }
    for (Recorder rule : rules) {
      leaveFile(rule, true);
    }
    return clock.getAsLong() - start;
  }

  /**
   * The visits of one rule, in the walk's order, then its {@code leaveFile}, with none of the per-file facts rules
   * share already built; returns the time.
   */
  public long replayRule(int rule, LongSupplier clock) {
    dropSharedFacts();
    Recorder recorder = rules.get(rule);
    long start = clock.getAsLong();
    for (Visit visit : visits) {
      if (visit.rule() == rule) {
        call(visit, false);
      }
    }
    leaveFile(recorder, false);
    return clock.getAsLong() - start;
  }

  /** {@link #replayRule} for every rule in turn: the time of each, by the rule's index in {@link #keys()}. */
  public long[] replayEachRule(LongSupplier clock) {
    long[] nanos = new long[rules.size()];
    for (int rule = 0; rule < nanos.length; rule++) {
      nanos[rule] = replayRule(rule, clock);
    }
    return nanos;
  }

  /** Drops the per-file facts our rules share ({@link ControlFlow}), so that the next rule to run builds them. */
  static void dropSharedFacts() {
    ControlFlow.index(OTHER_FILE, Object.class, Object::new);
  }

  /** An empty file of its own: asking for its facts makes the rules drop those of the file before. */
  static Tree otherFile() {
    return OTHER_FILE;
  }

  /** Lets go of the last recorded walk (its visits hold the file's trees). */
  public void dropVisits() {
    visits.clear();
  }

  private void call(Visit visit, boolean recordFailure) {
    try {
      visit.consumer().accept(visit.context());
    } catch (RuntimeException | StackOverflowError e) {
      if (recordFailure) {
        var token = visit.context().syntaxNode().firstToken();
        failures.add(new TimedCheck.Failure(rules.get(visit.rule()).key(), file, token == null ? 0 : token.line(),
          TimedCheck.stack(e)));
      }
    }
  }

  private void leaveFile(Recorder recorder, boolean recordFailure) {
    try {
      recorder.rule.leaveFile();
    } catch (RuntimeException | StackOverflowError e) {
      if (recordFailure) {
        failures.add(new TimedCheck.Failure(recorder.key(), file, 0, TimedCheck.stack(e)));
      }
    }
  }

  /**
   * Stands for one rule in the walk: registers the rule's consumers, each noting a visit. Issues the rule raises
   * during a replay name this check.
   */
  private final class Recorder extends StandIn {
    private final int index;

    private Recorder(int index, PythonSubscriptionCheck rule) {
      super(rule);
      this.index = index;
    }

    @Override
    public void initialize(Context context) {
      rule.initialize((kind, consumer) -> context.registerSyntaxNodeConsumer(kind,
        ctx -> visits.add(new Visit(index, consumer, new ReplayedContext(ctx, ctx.syntaxNode())))));
    }

    @Override
    public void leaveFile() {
      // the replay calls the rule's
    }
  }
}
