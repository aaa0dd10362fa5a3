package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

class FtpClassResolverTest {

  @TempDir
  Path folder;

  @Test
  void choices_made_at_run_time() throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), """
      import ftplib
      try:
          from ftplib import FTP_TLS
      except ImportError:
          FTP_TLS = None
      def f(host, tls, options, given):
          FTP_TLS(host)
          cls = ftplib.FTP_TLS if tls else ftplib.FTP
          cls(host)
          if tls:
              klass = ftplib.FTP_TLS
          else:
              klass = given
          klass(host)
          options.get("cls", ftplib.FTP)(host)
          single = ftplib.FTP
          single(host)
          given(host)
      """);
    List<String> choices = new ArrayList<>();
    LocalDefinitions definitions = new LocalDefinitions();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          CallExpression call = (CallExpression) ctx.syntaxNode();
          if (call.firstToken().line() > 6 && !(call.parent() instanceof CallExpression)) {
            choices.add(FtpClassResolver.classChoices(call.callee(), ctx, definitions).stream()
              .map(FtpClassResolverTest::kind).collect(Collectors.joining(",")));
          }
        });
      }
    });
    assertThat(choices).containsExactly("FTP_TLS", "FTP_TLS,FTP", "FTP_TLS,given", "call,FTP", "", "");
  }

  private static String kind(Expression choice) {
    return switch (choice.getKind()) {
      case NAME -> ((Name) choice).name();
      case QUALIFIED_EXPR -> ((QualifiedExpression) choice).name().name();
      case CALL_EXPR -> "call";
      default -> choice.getKind().name();
    };
  }
}
