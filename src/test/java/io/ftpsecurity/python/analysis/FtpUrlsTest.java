package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.shared.UrlUserInfo;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.Tree;

/** Expected splits are what CPython 3.11's urllib.request gives (Request(url).host, _splituser, _splitpasswd). */
class FtpUrlsTest {

  @Test
  void splits_credentials_like_urllib() {
    assertCredentials("ftp://bob:s3cret@host/x", "bob", "s3cret");
    assertCredentials("ftp://bob:p@ss:w@host/f?x#y", "bob", "p@ss:w");
    assertCredentials("ftp://bob:pw@host@evil/x", "bob", "pw@host");
    assertCredentials("ftp://:pw@host/", "", "pw");
    assertCredentials("  FTP://bob:pw@host", "bob", "pw");
    assertCredentials("ftp://bob@host/", "bob", "");
    assertCredentials("ftp://bob:@host/", "bob", "");
  }

  @Test
  void no_credentials() {
    assertThat(FtpUrls.credentials("ftp://host/a@b:c")).isEmpty();
    assertThat(FtpUrls.credentials("ftp://host")).isEmpty();
    assertThat(FtpUrls.credentials("ftp://")).isEmpty();
    assertThat(FtpUrls.credentials("https://bob:pw@host/")).isEmpty();
    assertThat(FtpUrls.credentials("sftp://bob:pw@host/")).isEmpty();
    assertThat(FtpUrls.credentials("")).isEmpty();
  }

  @TempDir
  Path folder;

  @Test
  void literal_start_of_formatted_urls() throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), """
      def f(host, scheme, path):
          base = "ftp://u:p@"
          use("ftp://h/x")
          use(f"ftp://u:p@{host}/")
          use(base + host + "/")
          use("ftp://%s/" % host)
          use("ftp://{}/{}".format(host, path))
          use(f"{scheme}://{host}")
          use(scheme + "://h")
          use(b"ftp://h")
          use(f"ftp://\\x{host}")
      """);
    List<String> starts = new ArrayList<>();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          CallExpression call = (CallExpression) ctx.syntaxNode();
          if (call.callee() instanceof Name name && "use".equals(name.name())) {
            starts.add(FtpUrls.literalStart(((RegularArgument) call.arguments().get(0)).expression(), ctx)
              .map(start -> start.text() + (start.whole() ? "" : "...")).orElse("-"));
          }
        });
      }
    });
    assertThat(starts).containsExactly("ftp://h/x", "ftp://u:p@...", "ftp://u:p@...", "ftp://...", "ftp://...", "...", "-", "-", "-");
  }

  private static void assertCredentials(String url, String user, String password) {
    Optional<UrlUserInfo> credentials = FtpUrls.credentials(url);
    assertThat(credentials).isPresent();
    assertThat(credentials.get().user()).isEqualTo(user);
    assertThat(url.substring(credentials.get().passwordStart(), credentials.get().passwordEnd())).isEqualTo(password);
  }
}
