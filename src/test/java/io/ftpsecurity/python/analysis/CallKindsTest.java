package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.python.api.FtplibApi;
import io.ftpsecurity.python.api.LibraryName;
import io.ftpsecurity.testing.EveryCall;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.TriBool;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.python.tree.TreeUtils;

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
      answers.add(CallKinds.createsPlainFtp(call, ctx) + " " + CallKinds.mayCreateFtpTls(call, ctx, definitions) + " "
        + CallKinds.urlArgument(call, ctx).isPresent());
      assertThat(CallKinds.createsPlainFtp(call, ctx)).isEqualTo(FtpClients.createsPlainFtp(call, ctx));
      assertThat(CallKinds.mayCreateFtpTls(call, ctx, definitions)).isEqualTo(FtpClients.mayCreateFtpTls(call, ctx, definitions));
      assertThat(CallKinds.urlArgument(call, ctx)).isEqualTo(FtpUrls.urlArgument(call, ctx));
    });
    // the next rule visiting the call reads the very answers the first one found
    PythonSubscriptionCheck second = EveryCall.check((call, ctx) -> shared.add(
      CallKinds.urlArgument(call, ctx) == CallKinds.urlArgument(call, ctx)));
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
      answers.add(call.firstToken().line() + " " + CallKinds.mayCreateFtpTls(call, ctx, definitions) + " "
        + CallKinds.createsFtpTls(call, ctx));
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
      boolean creates = CallKinds.createsFtpTls(call, ctx);
      assertThat(creates).as("call at line %d", call.firstToken().line()).isEqualTo(FtpClients.createsFtpTls(call, ctx));
      // asked again, by the next rule: the same answer
      assertThat(CallKinds.createsFtpTls(call, ctx)).isEqualTo(creates);
      creations.add(creates);
    });
    assertThat(creations).contains(true, false);
  }

  /**
   * The answers are kept in one record reused from call to call: a question about another call in between (as
   * FtpTlsContexts asks of a creation while a rule visits a call) must leave every answer of the visited call as the
   * slow path gives it.
   */
  @Test
  void every_answer_on_every_call_of_the_check_files_is_the_slow_paths_with_other_calls_asked_in_between() {
    List<CallExpression> previous = new ArrayList<>();
    List<Boolean> urls = new ArrayList<>();
    LocalDefinitions definitions = new LocalDefinitions();
    EveryCall.inCheckFiles((call, ctx) -> {
      String at = "call at line " + call.firstToken().line();
      for (int asked = 0; asked < 2; asked++) {
        assertThat(CallKinds.createsFtpTls(call, ctx)).as(at).isEqualTo(FtpClients.createsFtpTls(call, ctx));
        assertThat(CallKinds.createsPlainFtp(call, ctx)).as(at).isEqualTo(FtpClients.createsPlainFtp(call, ctx));
        assertThat(CallKinds.createsFtpClient(call, ctx)).as(at)
          .isEqualTo(FtpClassResolver.matches(FtplibApi.IS_FTP_CLASS, call.callee(), ctx));
        assertThat(CallKinds.mayCreateFtpTls(call, ctx, definitions)).as(at)
          .isEqualTo(FtpClients.mayCreateFtpTls(call, ctx, definitions));
        assertThat(CallKinds.classChoices(call, ctx, definitions)).as(at)
          .isEqualTo(FtpClassResolver.classChoices(call.callee(), ctx, definitions));
        assertThat(CallKinds.mayNameLibrary(call)).as(at).isEqualTo(LibraryName.mayNameAny(call.callee()));
        assertThat(CallKinds.urlArgument(call, ctx)).as(at).isEqualTo(FtpUrls.urlArgument(call, ctx));
        assertThat(CallKinds.urlValue(call, ctx)).as(at)
          .isEqualTo(FtpUrls.urlArgument(call, ctx).flatMap(url -> ValueResolver.resolve(url, ctx)));
        assertThat(CallKinds.fsspecUrlArgument(call)).as(at).isEqualTo(FtpUrls.fsspecUrlArgument(call));
        // another call of the same file takes the record between the two rounds
        if (!previous.isEmpty() && fileOf(previous.get(0)) == fileOf(call)) {
          CallKinds.createsFtpTls(previous.get(0), ctx);
          CallKinds.urlArgument(previous.get(0), ctx);
        }
      }
      urls.add(CallKinds.urlArgument(call, ctx).isPresent());
      previous.clear();
      previous.add(call);
    });
    assertThat(urls).contains(true, false);
  }

  /**
   * Moving the record to another call empties every answer it holds, and asking about the same call keeps them: of()
   * resets its fields one by one, and a field added without its reset would hand the next call the last one's
   * answer. Every field but the call is an answer.
   */
  @Test
  void moving_to_another_call_empties_every_answer() throws IOException, ReflectiveOperationException {
    Path file = Files.writeString(folder.resolve("code.py"), """
      import ftplib
      ftplib.FTP_TLS("ftp.example.com")
      print("ftp://example.com/x")
      """);
    Method of = CallKinds.class.getDeclaredMethod("of", CallExpression.class);
    of.setAccessible(true);
    List<Field> answers = new ArrayList<>();
    for (Field field : CallKinds.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && field.getType() != CallExpression.class) {
        field.setAccessible(true);
        answers.add(field);
      }
    }
    List<String> kept = new ArrayList<>();
    List<String> left = new ArrayList<>();
    PythonCheckVerifier.analyze(file.toFile(), EveryCall.check((call, ctx) -> {
      try {
        Object record = of.invoke(null, call);
        if (!(call.callee() instanceof Name)) {
          for (Field answer : answers) {
            answer.set(record, anAnswerOfType(answer.getType()));
          }
          record = of.invoke(null, call);
          for (Field answer : answers) {
            if (answer.get(record) != null) {
              kept.add(answer.getName());
            }
          }
        } else {
          for (Field answer : answers) {
            if (answer.get(record) != null) {
              left.add(answer.getName());
            }
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }));
    assertThat(answers).hasSizeGreaterThan(5);
    assertThat(kept).hasSameSizeAs(answers);
    assertThat(left).isEmpty();
  }

  private static Object anAnswerOfType(Class<?> type) {
    if (type == List.class) {
      return List.of();
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    return type == TriBool.class ? TriBool.TRUE : Boolean.TRUE;
  }

  private static Tree fileOf(CallExpression call) {
    return TreeUtils.firstAncestorOfKind(call, Tree.Kind.FILE_INPUT);
  }
}
