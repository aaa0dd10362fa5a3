package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;

class TrackedClientsTest {

  @TempDir
  Path folder;

  @Test
  void a_helper_call_starts_a_client_when_every_return_agrees() throws IOException {
    List<String> seeds = helperSeeds("""
      import ftplib
      def clear(h):
          c = ftplib.FTP_TLS(h)
          c.login()
          return c
      def protected(h):
          c = ftplib.FTP_TLS(h)
          c.prot_p()
          return c
      def disagree(h, s):
          c = ftplib.FTP_TLS(h)
          if s:
              c.prot_p()
              return c
          return ftplib.FTP_TLS(h)
      def both_clear(h, s):
          if s:
              return ftplib.FTP_TLS(h)
          return clear(h)
      def parameter(h, c):
          if c:
              return c
          return ftplib.FTP_TLS(h)
      def falls_off(h, s):
          if s:
              return ftplib.FTP_TLS(h)
      def handed_over(h):
          c = ftplib.FTP_TLS(h)
          keep(c)
          return c
      def depth1(h):
          return clear(h)
      def depth2(h):
          return depth1(h)
      def depth3(h):
          return depth2(h)
      def recursive(h):
          return recursive(h)
      def use(h):
          clear(h)
          protected(h)
          disagree(h, 1)
          both_clear(h, 1)
          parameter(h, None)
          falls_off(h, 1)
          handed_over(h)
          depth2(h)
          depth3(h)
          recursive(h)
      """);
    assertThat(seeds).containsExactly(
      "clear: clear from line 3",
      "protected: protected",
      "both_clear: clear from line 3",  // the first creation in the file
      "handed_over: protected",  // given up, as when handed over in the caller: silent
      "depth2: clear from line 3",
      "depth3: clear from line 3");
  }

  private List<String> helperSeeds(String code) throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), code);
    List<String> found = new ArrayList<>();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> {
          TrackedClients tracked = TrackedClientsOfFile.of(ctx, new LocalDefinitions());
          ctx.syntaxNode().accept(new org.sonar.plugins.python.api.tree.BaseTreeVisitor() {
            @Override
            public void visitCallExpression(CallExpression call) {
              if (call.parent().is(Tree.Kind.EXPRESSION_STMT) && call.callee() instanceof Name helper) {
                tracked.seedOf(call).ifPresent(seed -> found.add(helper.name() + ": " + (seed.initial().isEmpty()
                  ? "protected" : "clear from line " + seed.creations().get(0).firstToken().line())));
              }
              super.visitCallExpression(call);
            }
          });
        });
      }
    });
    return found;
  }
}
