package io.ftpsecurity.python.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import io.ftpsecurity.testing.NotebookRunner;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * Every rule of {@link PythonRules#all()} runs over every file of {@code check-resources/python}, including
 * {@code odd_code.py} (odd but parseable code) and the notebooks, through the analyzer's own path: a throwable
 * from a check is not caught anywhere on the way and fails the test.
 */
class ChecksNeverThrowTest {

  @TestFactory
  Stream<DynamicTest> no_rule_throws_on_any_check_file() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(PythonCheckVerifier.CHECK_RESOURCES)) {
      files = listing.filter(p -> p.toString().endsWith(".py") || p.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertThat(files).contains(PythonCheckVerifier.CHECK_RESOURCES.resolve("odd_code.py"));
    return files.stream().flatMap(file -> PythonRules.all().stream().map(rule -> DynamicTest.dynamicTest(
      rule.getSimpleName() + " on " + file.getFileName(),
      () -> assertDoesNotThrow(() -> analyze(file, newCheck(rule))))));
  }

  private static void analyze(Path file, PythonSubscriptionCheck check) throws IOException {
    if (file.toString().endsWith(".ipynb")) {
      NotebookRunner.issues(file, check);
    } else {
      PythonCheckVerifier.analyze(file.toFile(), check);
    }
  }

  @Test
  void a_throwing_check_fails_this_test() {
    File oddCode = PythonCheckVerifier.CHECK_RESOURCES.resolve("odd_code.py").toFile();
    PythonSubscriptionCheck throwing = new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          throw new IllegalStateException("deliberate");
        });
      }
    };
    assertThatThrownBy(() -> PythonCheckVerifier.analyze(oddCode, throwing)).hasMessage("deliberate");
  }

  private static PythonSubscriptionCheck newCheck(Class<?> rule)
    throws InstantiationException, IllegalAccessException, InvocationTargetException, NoSuchMethodException {
    return (PythonSubscriptionCheck) rule.getDeclaredConstructor().newInstance();
  }
}
