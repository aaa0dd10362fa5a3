package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.cfg.CfgBlock;
import org.sonar.plugins.python.api.cfg.ControlFlowGraph;
import org.sonar.plugins.python.api.tree.BaseTreeVisitor;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;

class ScopeClientsTest {

  @TempDir
  Path folder;

  @Test
  void only_the_trees_that_may_act_on_a_client_of_the_scope_are_read() throws IOException {
    Map<String, String> affecting = affectingNames("""
      import ftplib
      shared = ftplib.FTP_TLS("h")
      def transfer(h, other):
          c = ftplib.FTP_TLS(h)
          alias = c
          plain = ftplib.FTP(h)
          plain.login()
          alias.prot_p()
          other.retrlines("LIST")
          shared.nlst()
          def later():
              alias.nlst()
      class Session:
          def __init__(self, h):
              self.ftp = ftplib.FTP_TLS(h)
              label = "x"
              self.ftp.login()
      """);
    assertThat(affecting).containsExactly(
      Map.entry("module body", "2:shared"),
      // plain, other and the module's shared name refer to no client this function starts
      Map.entry("transfer", "4:c 5:alias 5:c 8:alias"),
      Map.entry("later", ""),
      // self.ftp keeps the client created here; the parameter is an element of the graph, read by nothing
      Map.entry("__init__", "14:self 15:self 17:self"));
  }

  /** Per scope (module body, then each function), the names among the anchors of its elements. */
  private Map<String, String> affectingNames(String code) throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), code);
    Map<String, String> found = new LinkedHashMap<>();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> {
          TrackedClients tracked = TrackedClientsOfFile.of(ctx, new LocalDefinitions());
          found.put("module body", anchorNames(ctx.syntaxNode(), tracked, ctx));
          ctx.syntaxNode().accept(new BaseTreeVisitor() {
            @Override
            public void visitFunctionDef(FunctionDef function) {
              found.put(function.name().name(), anchorNames(function, tracked, ctx));
              super.visitFunctionDef(function);
            }
          });
        });
      }
    });
    return found;
  }

  /** The names among the anchors of the scope's elements, in source order, as "line:name". */
  private static String anchorNames(Tree scope, TrackedClients tracked, SubscriptionContext ctx) {
    ControlFlowGraph cfg = ControlFlow.graph(scope, ctx);
    ScopeClients clients = new ScopeClients(tracked, scope, cfg);
    List<Name> names = new ArrayList<>();
    for (CfgBlock block : cfg.blocks()) {
      for (Tree element : block.elements()) {
        clients.anchorsOf(element).stream().map(ScopeClients.Anchor::tree)
          .filter(Name.class::isInstance).map(Name.class::cast).forEach(names::add);
      }
    }
    return names.stream().sorted(Comparator.comparing((Name name) -> name.firstToken().line()).thenComparing(name -> name.firstToken().column()))
      .map(name -> name.firstToken().line() + ":" + name.name()).collect(Collectors.joining(" "));
  }
}
