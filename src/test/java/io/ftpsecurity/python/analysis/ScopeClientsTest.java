package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.BaseTreeVisitor;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;

class ScopeClientsTest {

  @TempDir
  Path folder;

  @Test
  void only_the_trees_that_may_act_on_a_client_of_the_scope_are_visited() throws IOException {
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
      // self.ftp keeps the client created here
      Map.entry("__init__", "15:self 17:self"));
  }

  /** Per scope (module body, then each function), the names that {@link ScopeClients#mayAffect}. */
  private Map<String, String> affectingNames(String code) throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), code);
    Map<String, String> found = new LinkedHashMap<>();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> {
          TrackedClients tracked = TrackedClientsOfFile.of(ctx, new LocalDefinitions());
          found.put("module body", names(ctx.syntaxNode(), new ScopeClients(tracked, ctx.syntaxNode())));
          ctx.syntaxNode().accept(new BaseTreeVisitor() {
            @Override
            public void visitFunctionDef(FunctionDef function) {
              found.put(function.name().name(), names(function.body(), new ScopeClients(tracked, function)));
              super.visitFunctionDef(function);
            }
          });
        });
      }
    });
    return found;
  }

  /** The names directly in the scope (not in nested functions) that may act on its clients, as "line:name". */
  private static String names(Tree body, ScopeClients clients) {
    List<Name> names = new ArrayList<>();
    body.accept(new BaseTreeVisitor() {
      @Override
      public void visitFunctionDef(FunctionDef function) {
        // a nested function belongs to its own scope
      }

      @Override
      public void visitName(Name name) {
        names.add(name);
      }
    });
    return names.stream().filter(clients::mayAffect)
      .map(name -> name.firstToken().line() + ":" + name.name()).collect(Collectors.joining(" "));
  }
}
