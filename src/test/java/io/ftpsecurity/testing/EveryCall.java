package io.ftpsecurity.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Tree;

/** A check that hands every call of the file to a test, with the analyzer's context: for asking call facts. */
public final class EveryCall {

  private EveryCall() {
  }

  public static PythonSubscriptionCheck check(BiConsumer<CallExpression, SubscriptionContext> consumer) {
    return new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> consumer.accept((CallExpression) ctx.syntaxNode(), ctx));
      }
    };
  }

  /**
   * Hands every call of every Python check file ({@link PythonCheckVerifier#CHECK_RESOURCES}) to the consumer, file
   * after file: for pinning a fast path's answers to the slow path's on all the code the rules are tested on.
   */
  public static void inCheckFiles(BiConsumer<CallExpression, SubscriptionContext> consumer) {
    PythonSubscriptionCheck check = check(consumer);
    for (Path file : checkFiles()) {
      PythonCheckVerifier.analyze(file.toFile(), check);
    }
  }

  private static List<Path> checkFiles() {
    try (Stream<Path> files = Files.walk(PythonCheckVerifier.CHECK_RESOURCES)) {
      return files.filter(file -> file.toString().endsWith(".py")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
