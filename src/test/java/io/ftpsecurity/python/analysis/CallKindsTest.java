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
import org.sonar.plugins.python.api.tree.Tree;

class CallKindsTest {

  @TempDir
  Path folder;

  @Test
  void every_rule_visiting_a_call_gets_the_same_answers_as_ftp_clients_and_ftp_urls() throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), """
      import ftplib, urllib.request
      def f(host, tls):
          ftplib.FTP(host)
          ftplib.FTP_TLS(host)
          urllib.request.urlopen("ftp://example.com/x")
          print(host)
      """);
    List<String> answers = new ArrayList<>();
    List<Boolean> shared = new ArrayList<>();
    LocalDefinitions definitions = new LocalDefinitions();
    PythonSubscriptionCheck first = new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          CallExpression call = (CallExpression) ctx.syntaxNode();
          CallKinds kinds = CallKinds.of(call);
          answers.add(kinds.createsPlainFtp(ctx) + " " + kinds.mayCreateFtpTls(ctx, definitions) + " "
            + kinds.urlArgument(ctx).isPresent());
          assertThat(kinds.createsPlainFtp(ctx)).isEqualTo(FtpClients.createsPlainFtp(call, ctx));
          assertThat(kinds.mayCreateFtpTls(ctx, definitions)).isEqualTo(FtpClients.mayCreateFtpTls(call, ctx, definitions));
          assertThat(kinds.urlArgument(ctx)).isEqualTo(FtpUrls.urlArgument(call, ctx));
        });
      }
    };
    PythonSubscriptionCheck second = new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          CallExpression call = (CallExpression) ctx.syntaxNode();
          shared.add(CallKinds.of(call) == CallKinds.of(call));
        });
      }
    };
    PythonCheckVerifier.analyze(file.toFile(), first, second);
    assertThat(answers).containsExactly(
      "true false false",
      "false true false",
      "false false true",
      "false false false");
    assertThat(shared).containsOnly(true).hasSize(4);
  }
}
