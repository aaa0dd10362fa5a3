package io.ftpsecurity.benchmark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;

/**
 * Wraps one of our checks for the ruling: every consumer it registers is timed with {@link System#nanoTime()}
 * around the call, and a throwable from it is recorded (file, stack) instead of ending the walk, so that one
 * broken rule neither hides the others nor stops the run. The cost of the shared tree walk itself is not
 * counted: the analyzer walks the tree for its own hundreds of checks anyway. The two clock reads of every call
 * are counted, some 50 ns per call: the benchmarks read the clock around whole replays ({@link RecordedWalk}) or
 * walks ({@link PairedWalks}) instead.
 */
public final class TimedCheck extends PythonSubscriptionCheck {

  /** A throwable that escaped one of our checks. */
  public record Failure(String rule, String file, int line, String stack) {
  }

  private final PythonSubscriptionCheck delegate;
  private final String key;
  private final List<Failure> failures = new ArrayList<>();
  private long nanos;
  private String currentFile = "";

  public TimedCheck(PythonSubscriptionCheck delegate) {
    this.delegate = delegate;
    this.key = Rules.key(delegate);
  }

  public String key() {
    return key;
  }

  public long nanos() {
    return nanos;
  }

  public List<Failure> failures() {
    return failures;
  }

  /** Names the file in failure reports. */
  public void enterFile(String file) {
    currentFile = file;
  }

  @Override
  public void initialize(Context context) {
    delegate.initialize((kind, consumer) -> context.registerSyntaxNodeConsumer(kind, timed(consumer)));
  }

  @Override
  public void leaveFile() {
    long start = System.nanoTime();
    try {
      delegate.leaveFile();
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(new Failure(key, currentFile, 0, stack(e)));
    } finally {
      nanos += System.nanoTime() - start;
    }
  }

  private Consumer<SubscriptionContext> timed(Consumer<SubscriptionContext> consumer) {
    return ctx -> {
      long start = System.nanoTime();
      try {
        consumer.accept(ctx);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new Failure(key, currentFile, lineOf(ctx), stack(e)));
      } finally {
        nanos += System.nanoTime() - start;
      }
    };
  }

  private static int lineOf(SubscriptionContext ctx) {
    var token = ctx.syntaxNode().firstToken();
    return token == null ? 0 : token.line();
  }

  static String stack(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
