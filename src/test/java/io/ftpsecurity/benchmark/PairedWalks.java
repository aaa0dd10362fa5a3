package io.ftpsecurity.benchmark;

import io.ftpsecurity.python.analysis.ControlFlow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.PythonVisitorContext;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.python.SubscriptionVisitor;

/**
 * Times our rules inside the analyzer's own walk, where a user pays for them: {@link SubscriptionVisitor#analyze}
 * over the file with the rules (all of them, or one alone), minus the same walk with a twin that registers a consumer
 * doing nothing on the same node kinds, as many times. The clock is read around each whole walk, not around each
 * call (a read of the thread's CPU clock costs more than most of our visits); both walks of a pair pay the same
 * reads, the same traversal and the same calls, so what remains is the work of our consumers, their
 * {@code initialize} and {@code leaveFile}.
 *
 * <p>Why a walk and not a replay of recorded calls ({@link RecordedWalk}): in the analyzer, the walk has just touched
 * the node for its hundreds of checks when our consumer reads it; a replay of one rule's calls alone reaches every
 * node cold, and on a file larger than the processor's caches that made small rules look 2 to 4.7 times dearer per
 * line at 50,000 lines than at 1,000 (an empty replay grew about 3 times the same way). The walk's own misses are in
 * both walks of a pair and cancel; which of the two goes first alternates ({@link #pair}).
 *
 * <p>Before each walk with rules, the per-file facts rules share ({@link ControlFlow}) are dropped: the walk of all
 * rules builds them in the analyzer's order and gives exactly its findings; a rule walked alone pays for the facts it
 * uses, as if it ran alone, so the rules' figures add up to more than all of them together. A throwable from a rule
 * is recorded with the file and the line of the node (once, however many walks meet it), and the walk goes on with
 * the next call. Not thread-safe.
 */
public final class PairedWalks {

  private static final Consumer<SubscriptionContext> NOTHING = ctx -> {
  };

  /** The CPU time of a walk with rules and of its twin with consumers doing nothing. */
  public record Pair(long measured, long baseline) {
    /** What the rules add to the walk. */
    public long cost() {
      return measured - baseline;
    }
  }

  private final List<Guarded> rules = new ArrayList<>();
  private final List<NoOp> twins = new ArrayList<>();
  private final List<TimedCheck.Failure> failures = new ArrayList<>();
  /** Rule, file, line, throwable and where it was thrown, of each failure recorded (its stack differs by walk). */
  private final Set<String> seen = new HashSet<>();
  /** Pairs walked so far, per rule and (last) for all rules together: which of a pair's walks goes first. */
  private final int[] pairsMade;
  private String file = "";

  public PairedWalks(List<PythonSubscriptionCheck> rules) {
    pairsMade = new int[rules.size() + 1];
    for (PythonSubscriptionCheck rule : rules) {
      Guarded guarded = new Guarded(rule);
      this.rules.add(guarded);
      twins.add(new NoOp(guarded));
    }
  }

  public List<String> keys() {
    return rules.stream().map(Guarded::key).toList();
  }

  /** Every throwable from our rules so far, each once. */
  public List<TimedCheck.Failure> failures() {
    return List.copyOf(failures);
  }

  private void fail(String rule, int line, Throwable e) {
    StackTraceElement[] where = e.getStackTrace();
    if (seen.add(rule + " " + file + ":" + line + " " + e + " " + (where.length == 0 ? "" : where[0]))) {
      failures.add(new TimedCheck.Failure(rule, file, line, TimedCheck.stack(e)));
    }
  }

  /** The node kinds the twin of rule {@code rule} subscribes to, in order of registration. */
  List<Tree.Kind> twinKinds(int rule) {
    return twins.get(rule).kinds;
  }

  /** The walk of every rule, as the analyzer makes it (its findings go to the context), and its twin. */
  public Pair all(PythonVisitorContext context, String fileKey, LongSupplier clock) {
    return pair(rules.size(), rules, twins, context, fileKey, clock);
  }

  /** The walk of rule {@code rule} alone, and its twin. */
  public Pair rule(int rule, PythonVisitorContext context, String fileKey, LongSupplier clock) {
    return pair(rule, List.of(rules.get(rule)), List.of(twins.get(rule)), context, fileKey, clock);
  }

  /** {@link #rule} for every rule in turn: the pair of each, by the rule's index in {@link #keys()}. */
  public Pair[] eachRule(PythonVisitorContext context, String fileKey, LongSupplier clock) {
    Pair[] pairs = new Pair[rules.size()];
    for (int rule = 0; rule < pairs.length; rule++) {
      pairs[rule] = rule(rule, context, fileKey, clock);
    }
    return pairs;
  }

  /**
   * Each timed walk comes right after an untimed walk of the twin, and the twin and the rules go first in turn. The
   * walk before (another rule's, or this pair's other walk, with its facts and allocations) has pushed part of the
   * file out of the caches, and the first walk after it brings it back: with the twin always right after that walk, a
   * small rule's cost came out below zero on a 1,000-line file, whose tree fits in the caches, and a twin right after
   * the walk of all rules took 1.5 to 2 times as long per line as one after another twin. The turns even out what
   * remains (a rule whose consumers do nothing came out at -0.1 to -0.2 ms per 1,000 lines with the twin always
   * first, without them).
   */
  private Pair pair(int set, List<Guarded> measured, List<NoOp> twin, PythonVisitorContext context, String fileKey,
    LongSupplier clock) {
    file = fileKey;
    List<PythonSubscriptionCheck> twinChecks = Collections.unmodifiableList(twin);
    List<PythonSubscriptionCheck> measuredChecks = Collections.unmodifiableList(measured);
    boolean twinFirst = pairsMade[set]++ % 2 == 0;
    long first = walkAfterTwin(twinFirst ? twinChecks : measuredChecks, twinChecks, context, clock);
    long second = walkAfterTwin(twinFirst ? measuredChecks : twinChecks, twinChecks, context, clock);
    return twinFirst ? new Pair(second, first) : new Pair(first, second);
  }

  /** An untimed walk of the twin, then the timed walk of {@code checks}, with the shared facts dropped before it. */
  private static long walkAfterTwin(List<PythonSubscriptionCheck> checks, List<PythonSubscriptionCheck> twinChecks,
    PythonVisitorContext context, LongSupplier clock) {
    SubscriptionVisitor.analyze(twinChecks, context);
    RecordedWalk.dropSharedFacts();
    return walk(checks, context, clock);
  }

  private static long walk(List<PythonSubscriptionCheck> checks, PythonVisitorContext context, LongSupplier clock) {
    long start = clock.getAsLong();
    SubscriptionVisitor.analyze(checks, context);
    return clock.getAsLong() - start;
  }

  /** Stands for one rule in the walk: its consumers, each catching and recording a throwable. */
  private final class Guarded extends StandIn {

    private Guarded(PythonSubscriptionCheck rule) {
      super(rule);
    }

    @Override
    public void initialize(Context context) {
      rule.initialize((kind, consumer) -> context.registerSyntaxNodeConsumer(kind, guard(consumer)));
    }

    /** The twin calls its no-op through the same guard, so that both walks make the same calls. */
    Consumer<SubscriptionContext> guard(Consumer<SubscriptionContext> consumer) {
      return ctx -> {
        try {
          consumer.accept(ctx);
        } catch (RuntimeException | StackOverflowError e) {
          var token = ctx.syntaxNode().firstToken();
          fail(key(), token == null ? 0 : token.line(), e);
        }
      };
    }

    @Override
    public void leaveFile() {
      try {
        rule.leaveFile();
      } catch (RuntimeException | StackOverflowError e) {
        fail(key(), 0, e);
      }
    }
  }

  /** A rule's twin: a consumer doing nothing on each node kind the rule subscribes to, as many times. */
  private static final class NoOp extends PythonSubscriptionCheck {
    private final List<Tree.Kind> kinds = new ArrayList<>();
    private final Consumer<SubscriptionContext> nothing;

    private NoOp(Guarded rule) {
      rule.rule.initialize((kind, consumer) -> kinds.add(kind));
      nothing = rule.guard(NOTHING);
    }

    @Override
    public void initialize(Context context) {
      kinds.forEach(kind -> context.registerSyntaxNodeConsumer(kind, nothing));
    }
  }
}
