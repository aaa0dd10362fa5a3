package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.EveryCall;
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
    PythonCheckVerifier.analyze(file.toFile(), EveryCall.check((call, ctx) -> {
      if (call.firstToken().line() > 6 && !(call.parent() instanceof CallExpression)) {
        choices.add(FtpClassResolver.classChoices(call.callee(), ctx, definitions).stream()
          .map(FtpClassResolverTest::kind).collect(Collectors.joining(",")));
      }
    }));
    assertThat(choices).containsExactly("FTP_TLS", "FTP_TLS,FTP", "FTP_TLS,given", "call,FTP", "", "");
  }

  @Test
  void optional_imports_whose_fallback_creates_no_client() throws IOException {
    Path file = Files.writeString(folder.resolve("optional.py"), """
      import ftplib as plain
      try:
          import ftplib
          from ftplib import FTP_TLS, FTP_TLS as Stubbed, FTP_TLS as Caught, FTP_TLS as Object
          from ftplib import FTP_TLS as Cleartext, FTP_TLS as Backport, FTP_TLS as Computed, FTP_TLS as Unpacked
      except (ImportError, AttributeError) as err:
          ftplib = FTP_TLS = None
          class Stubbed:
              pass
          Caught = err
          Object = object
          Cleartext = plain.FTP
          from backport import FTP_TLS as Backport
          Computed = make()
          Unpacked, other = None, None
      try:
          from ftplib import FTP_TLS as AnyError
      except Exception:
          AnyError = None
      def f(host):
          FTP_TLS(host)
          ftplib.FTP_TLS(host)
          Stubbed(host)
          Caught(host)
          Object(host)
          Cleartext(host)
          Backport(host)
          Computed(host)
          Unpacked(host)
          AnyError(host)
          ftplib.FTP(host)
      """);
    List<String> verdicts = new ArrayList<>();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          CallExpression call = (CallExpression) ctx.syntaxNode();
          if (call.firstToken().line() > 20) {
            verdicts.add(FtpClassResolver.isFtpTlsClass(call.callee(), ctx) + "/" + FtpClassResolver.isPlainFtpClass(call.callee(), ctx));
          }
        });
      }
    });
    // a broad handler (except Exception) catches the failed import too
    assertThat(verdicts).containsExactly("true/false", "true/false", "true/false", "true/false", "true/false",
      "false/false", "false/false", "false/false", "false/false", "true/false", "false/true");
  }

  @Test
  void names_bound_to_no_choice_by_their_bindings_alone_agree_with_their_values_on_every_call_of_the_check_files() {
    LocalDefinitions definitions = new LocalDefinitions();
    List<Boolean> answeredByBindings = new ArrayList<>();
    EveryCall.inCheckFiles((call, ctx) -> {
      if (call.callee() instanceof Name name && name.symbol() != null) {
        boolean noChoice = FtpClassResolver.bindsNoChoice(SymbolBindings.OF_FILE.of(name.symbol()));
        answeredByBindings.add(noChoice);
        if (noChoice) {
          assertThat(FtpClassResolver.hasChoiceValues(name.symbol(), ctx, definitions))
            .as("%s at line %d", name.name(), name.firstToken().line()).isFalse();
        }
      }
    });
    assertThat(answeredByBindings).contains(true, false);
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
