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

class SubclassOverridesTest {

  @TempDir
  Path folder;

  @Test
  void login_overrides_by_what_their_body_shows() throws IOException {
    List<String> effects = effects("login", """
      import ftplib
      class Protects(ftplib.FTP_TLS):
          def login(self, *a, **k):
              r = super().login(*a, **k)
              self.prot_p()
              return r
      class Logs(ftplib.FTP_TLS):
          def login(self, user="", passwd="", acct="", secure=True):
              print(self.host)
              self.last_user = user
              return super().login(user, passwd, acct, secure)
      class SomePaths(ftplib.FTP_TLS):
          def login(self, *a, **k):
              r = super().login(*a, **k)
              if a:
                  self.prot_p()
              return r
      class ReturnsFirst(ftplib.FTP_TLS):
          def login(self, *a, **k):
              if k:
                  return super().login(*a, **k)
              self.prot_p()
              return None
      class HandsOver(ftplib.FTP_TLS):
          def login(self, *a, **k):
              keep(self)
              return super().login(*a, **k)
      class ClearsState(ftplib.FTP_TLS):
          def login(self, *a, **k):
              self._prot_p = True
              return super().login(*a, **k)
      class Child(Protects):
          pass
      class Decorated(ftplib.FTP_TLS):
          @traced
          def login(self, *a, **k):
              return super().login(*a, **k)
      class ThroughBase(ftplib.FTP_TLS):
          def login(self, *a, **k):
              r = ftplib.FTP_TLS.login(self, *a, **k)
              self.prot_p()
              return r
      class ThroughAnotherClass(ftplib.FTP_TLS):
          def login(self, *a, **k):
              return Protects.login(self, *a, **k)
      class SelfNotFirst(ftplib.FTP_TLS):
          def login(self, *a, **k):
              return ftplib.FTP_TLS.login(other, self)
      ftplib.FTP_TLS()
      Protects()
      Logs()
      SomePaths()
      ReturnsFirst()
      HandsOver()
      ClearsState()
      Child()
      Decorated()
      ThroughBase()
      ThroughAnotherClass()
      SelfNotFirst()
      """);
    // prot_p() on some paths only does not protect: the other paths leave the channel as ftplib's login does
    assertThat(effects).containsExactly("FTPLIB", "PROTECTS", "FTPLIB", "FTPLIB", "FTPLIB", "UNKNOWN", "UNKNOWN", "PROTECTS",
      "UNKNOWN", "PROTECTS", "UNKNOWN", "UNKNOWN");
  }

  @Test
  void only_init_connect_and_login_are_summarised() throws IOException {
    String code = """
      import ftplib
      class OwnProtP(ftplib.FTP_TLS):
          def prot_p(self):
              pass
      class ProtectsWithOwnProtP(OwnProtP):
          def connect(self, *a, **k):
              r = super().connect(*a, **k)
              self.prot_p()
              return r
      OwnProtP()
      ProtectsWithOwnProtP()
      """;
    assertThat(effects("prot_p", code)).containsExactly("UNKNOWN", "UNKNOWN");
    assertThat(effects("connect", code)).containsExactly("FTPLIB", "UNKNOWN");
  }

  private List<String> effects(String method, String code) throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), code);
    List<String> found = new ArrayList<>();
    SubclassOverrides overrides = new SubclassOverrides();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          CallExpression call = (CallExpression) ctx.syntaxNode();
          if (call.parent().is(Tree.Kind.EXPRESSION_STMT) && FtpClients.createsFtpTls(call, ctx)) {
            found.add(overrides.effectOf(call, method).name());
          }
        });
      }
    });
    return found;
  }
}
