package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.python.analysis.DataChannelProtection.UnprotectedTransfer;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.event.Level;
import org.sonar.api.testfixtures.log.LogTesterJUnit5;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Tree;

class DataChannelProtectionBudgetTest {

  private static final File CHECK_FILE = PythonCheckVerifier.CHECK_RESOURCES.resolve("FtpsUnprotectedDataChannel.py").toFile();

  @RegisterExtension
  final LogTesterJUnit5 logTester = new LogTesterJUnit5().setLevel(Level.DEBUG);

  @Test
  void within_the_budget_every_scope_is_analysed_silently() {
    Map<String, List<UnprotectedTransfer>> found = transfersPerScope(scope -> DataChannelProtection.MAX_STEPS_PER_SCOPE);

    assertThat(found.values()).anyMatch(transfers -> !transfers.isEmpty());
    assertThat(logTester.logs(Level.DEBUG)).noneMatch(line -> line.contains("gave up"));
  }

  @Test
  void a_scope_past_the_budget_is_given_up_with_one_debug_line() {
    Map<String, List<UnprotectedTransfer>> withinBudget = transfersPerScope(scope -> DataChannelProtection.MAX_STEPS_PER_SCOPE);
    String expensive = withinBudget.entrySet().stream().filter(e -> !e.getValue().isEmpty()).findFirst().orElseThrow().getKey();

    // the one scope gets a budget far below what it needs; the others keep theirs
    Map<String, List<UnprotectedTransfer>> found = transfersPerScope(scope -> label(scope).equals(expensive) ? 20 : DataChannelProtection.MAX_STEPS_PER_SCOPE);

    assertThat(found.get(expensive)).isEmpty();
    found.keySet().stream().filter(scope -> !scope.equals(expensive))
      .forEach(scope -> assertThat(found.get(scope)).hasSameSizeAs(withinBudget.get(scope)));
    assertThat(logTester.logs(Level.DEBUG)).filteredOn(line -> line.contains("gave up"))
      .singleElement().satisfies(line -> assertThat(line)
        .contains("FTP data channel analysis gave up on the " + expensive)
        .contains("FtpsUnprotectedDataChannel.py:")
        .contains("more than 20 steps"));
  }

  private static Map<String, List<UnprotectedTransfer>> transfersPerScope(ToLongFunction<Tree> budget) {
    Map<String, List<UnprotectedTransfer>> found = new LinkedHashMap<>();
    PythonCheckVerifier.analyze(CHECK_FILE, new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> {
          TrackedClients tracked = TrackedClientsOfFile.of(ctx, new LocalDefinitions());
          for (Tree scope : DataChannelProtection.scopesStartingClients(tracked)) {
            found.put(label(scope), DataChannelProtection.unprotectedTransfers(scope, tracked, budget.applyAsLong(scope)));
          }
        });
      }
    });
    return found;
  }

  private static String label(Tree scope) {
    return scope instanceof FunctionDef function ? "function " + function.name().name() : "module body";
  }
}
