package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;

/**
 * Our control-flow facts give python-frontend 5.31's answers, on every name and body of every check file and corpus
 * file: the rules then find the same on the oldest analyzer we support, which does not export these facts, as on the
 * newest. One difference is deliberate: a name also bound in another scope ({@code global}) is unknown to us, where
 * python-frontend's answer depends on which scope it happened to analyse first.
 */
class ControlFlowTest {

  private static final List<Path> FOLDERS = List.of(PythonCheckVerifier.CHECK_RESOURCES, Path.of("src/test/resources/corpus"));

  @Test
  void graphs_and_values_reaching_every_name_are_those_of_python_frontend() throws IOException {
    List<String> differences = new ArrayList<>();
    int[] names = {0, 0};
    for (Path file : pythonFiles()) {
      PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
        @Override
        public void initialize(Context context) {
          context.registerSyntaxNodeConsumer(Tree.Kind.NAME, ctx -> {
            Name name = (Name) ctx.syntaxNode();
            var ours = ControlFlow.valuesAtLocation(name, ctx);
            var frontend = ctx.valuesAtLocation(name);
            names[0]++;
            names[1] += frontend.isEmpty() ? 0 : 1;
            if (!ours.equals(frontend) && !(ours.isEmpty() && boundInAnotherScope(name))) {
              differences.add(file + ":" + name.firstToken().line() + " " + name.name() + ": ours " + ours.size()
                + " value(s), python-frontend " + frontend.size());
            }
          });
          context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> compareGraphs(ctx, file, differences));
          context.registerSyntaxNodeConsumer(Tree.Kind.FUNCDEF, ctx -> compareGraphs(ctx, file, differences));
          context.registerSyntaxNodeConsumer(Tree.Kind.CLASSDEF, ctx -> assertThat(ControlFlow.graph(ctx.syntaxNode(), ctx)).isNull());
        }
      });
    }
    assertThat(differences).isEmpty();
    assertThat(names[1]).as("names with reaching values, out of " + names[0]).isGreaterThan(100);
  }

  private static boolean boundInAnotherScope(Name name) {
    return name.symbol() != null && name.symbol().usages().stream().anyMatch(usage -> usage.kind() == Usage.Kind.GLOBAL_DECLARATION);
  }

  private static void compareGraphs(SubscriptionContext ctx, Path file, List<String> differences) {
    Tree scope = ctx.syntaxNode();
    var ours = ControlFlow.graph(scope, ctx);
    var frontend = ctx.cfg(scope);
    if ((ours == null) != (frontend == null) || ours != null && ours.blocks().size() != frontend.blocks().size()) {
      differences.add(file + ":" + scope.firstToken().line() + ": another graph than python-frontend's");
    }
    assertThat(ControlFlow.graph(scope, ctx)).as("built once per body").isSameAs(ours);
  }

  private static List<Path> pythonFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : FOLDERS) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(path -> path.toString().endsWith(".py")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
