package io.ftpsecurity.benchmark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;

/**
 * Wraps one of our checks for the benchmark: every consumer it registers is timed with {@link System#nanoTime()}
 * around the call, and a throwable from it is recorded (file, stack) instead of ending the walk, so that one
 * broken rule neither hides the others nor stops the run. The cost of the shared tree walk itself is not
 * counted: the analyzer walks the tree for its own hundreds of checks anyway.
 */
public final class TimedCheck extends PythonSubscriptionCheck {

  /** A throwable that escaped one of our checks. */
  public record Failure(String rule, String file, int line, String stack) {
  }

  private final PythonSubscriptionCheck delegate;
  private final LongSupplier clock;
  private final String key;
  private final List<Failure> failures = new ArrayList<>();
  private long nanos;
  private String currentFile = "";

  public TimedCheck(PythonSubscriptionCheck delegate) {
    this(delegate, System::nanoTime);
  }

  /** Timed with another clock, in nanoseconds (the scaling run uses the thread's CPU time). */
  public TimedCheck(PythonSubscriptionCheck delegate, LongSupplier clock) {
    this.delegate = delegate;
    this.clock = clock;
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

  public void resetTime() {
    nanos = 0;
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
    long start = clock.getAsLong();
    try {
      delegate.leaveFile();
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(new Failure(key, currentFile, 0, stack(e)));
    } finally {
      nanos += clock.getAsLong() - start;
    }
  }

  private Consumer<SubscriptionContext> timed(Consumer<SubscriptionContext> consumer) {
    return ctx -> {
      long start = clock.getAsLong();
      try {
        consumer.accept(ctx);
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new Failure(key, currentFile, lineOf(ctx), stack(e)));
      } finally {
        nanos += clock.getAsLong() - start;
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
