package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.EveryCall;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

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
    PythonSubscriptionCheck first = EveryCall.check((call, ctx) -> {
      CallKinds kinds = CallKinds.of(call);
      answers.add(kinds.createsPlainFtp(ctx) + " " + kinds.mayCreateFtpTls(ctx, definitions) + " "
        + kinds.urlArgument(ctx).isPresent());
      assertThat(kinds.createsPlainFtp(ctx)).isEqualTo(FtpClients.createsPlainFtp(call, ctx));
      assertThat(kinds.mayCreateFtpTls(ctx, definitions)).isEqualTo(FtpClients.mayCreateFtpTls(call, ctx, definitions));
      assertThat(kinds.urlArgument(ctx)).isEqualTo(FtpUrls.urlArgument(call, ctx));
    });
    PythonSubscriptionCheck second = EveryCall.check((call, ctx) -> shared.add(CallKinds.of(call) == CallKinds.of(call)));
    PythonCheckVerifier.analyze(file.toFile(), first, second);
    assertThat(answers).containsExactly(
      "true false false",
      "false true false",
      "false false true",
      "false false false");
    assertThat(shared).containsOnly(true).hasSize(4);
  }

  @Test
  void ftp_tls_creations_by_kind_of_callee() throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), """
      import ssl, ftplib
      try:
          import ftplib as maybe
      except ImportError:
          maybe = None

      class Session(ftplib.FTP_TLS):
          pass

      class Holder:
          transport = ftplib.FTP_TLS
          plain = ftplib.FTP

          def open(self, h, options, tls):
              self.transport(h)
              self.plain(h)
              ftps = ftplib.FTP_TLS(h, context=ssl.create_default_context())
              ftps.login()
              ftps.prot_p()
              Session(h).login()
              maybe.FTP_TLS(h)
              cls = ftplib.FTP if tls else ftplib.FTP_TLS
              cls(h)
              options.get("cls", ftplib.FTP_TLS)(h)
              (ftplib.FTP_TLS)(h)
              print(h)
      """);
    List<String> answers = new ArrayList<>();
    LocalDefinitions definitions = new LocalDefinitions();
    PythonSubscriptionCheck collector = EveryCall.check((call, ctx) -> {
      CallKinds kinds = CallKinds.of(call);
      answers.add(call.firstToken().line() + " " + kinds.mayCreateFtpTls(ctx, definitions) + " " + kinds.createsFtpTls(ctx));
    });
    PythonCheckVerifier.analyze(file.toFile(), collector);
    // by line: the attribute callees, the FTP_TLS creation and its context factory, a subclass, an optional import,
    // a class picked at run time (may create, does not certainly), a lookup default, parentheses, a builtin
    assertThat(answers).containsExactly("15 false false", "16 false false", "17 true true", "17 false false",
      "18 false false", "19 false false", "20 false false", "20 true true", "21 true true", "23 true false",
      "24 true false", "24 false false", "25 true true", "26 false false");
  }

  @Test
  void ftp_tls_creations_agree_with_ftp_clients_on_every_call_of_the_check_files() {
    List<Boolean> creations = new ArrayList<>();
    EveryCall.inCheckFiles((call, ctx) -> {
      boolean creates = CallKinds.of(call).createsFtpTls(ctx);
      assertThat(creates).as("call at line %d", call.firstToken().line()).isEqualTo(FtpClients.createsFtpTls(call, ctx));
      // asked again, by the next rule: the same answer
      assertThat(CallKinds.of(call).createsFtpTls(ctx)).isEqualTo(creates);
      creations.add(creates);
    });
    assertThat(creations).contains(true, false);
  }
}
