package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Expression;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.types.v2.ClassType;

class OptionalImportsTest {

  @TempDir
  Path folder;

  @Test
  void what_a_name_denotes_where_its_optional_import_succeeded() throws IOException {
    List<String> names = answers("""
      import ftplib
      try:
          import ssl
      except ImportError:
          ssl = None
      try:
          import ssl as aliased
          from ssl import CERT_NONE, TLSVersion as Version, CERT_REQUIRED
          import xml.dom
      except ModuleNotFoundError as missing:
          aliased = CERT_NONE = xml = None
          Version = missing
          CERT_REQUIRED = 2
      try:
          import ssl as dummy
      except ImportError:
          class _SslDummy:
              def __getattr__(self, name):
                  raise RuntimeError("SSL support unavailable")
          dummy = _SslDummy()
      try:
          import ssl as bare
      except:
          bare = None
      try:
          import ssl as broad
      except Exception:
          broad = object
      import ssl as disabled
      if not TLS_WANTED:
          disabled = None
      def f():
          use(ssl.CERT_NONE)
          use(aliased.TLSVersion.TLSv1)
          use(CERT_NONE)
          use(Version.TLSv1)
          use(CERT_REQUIRED)
          use(xml.dom)
          use(dummy.create_default_context)
          use(bare.CERT_NONE)
          use(broad.CERT_NONE)
          use(disabled.CERT_NONE)
          use(ftplib.FTP_TLS)
      """, expression -> Objects.requireNonNullElse(OptionalImports.qualifiedName(expression), "-"));
    // None, a number or a string names nothing, wherever it is bound: the name still denotes the import or nothing
    assertThat(names).containsExactly("ssl.CERT_NONE", "ssl.TLSVersion.TLSv1", "ssl.CERT_NONE", "ssl.TLSVersion.TLSv1",
      "ssl.CERT_REQUIRED", "xml.dom", "ssl.create_default_context", "ssl.CERT_NONE", "ssl.CERT_NONE", "ssl.CERT_NONE",
      "ftplib.FTP_TLS");
  }

  @Test
  void anything_may_stand_in_for_a_missing_ssl_module() throws IOException {
    // without ssl there is no TLS client: what the handler of a failed "import ssl" binds reaches none
    List<String> names = answers("""
      try:
          import ssl as backport
      except ImportError:
          import backports.ssl as backport
      try:
          import ssl
      except ImportError:
          ssl = load_shim()
      def f():
          use(backport.CERT_NONE)
          use(ssl.create_default_context)
      """, expression -> Objects.requireNonNullElse(OptionalImports.qualifiedName(expression), "-"));
    assertThat(names).containsExactly("ssl.CERT_NONE", "ssl.create_default_context");
  }

  @Test
  void names_rebound_to_something_else_denote_nothing_certain() throws IOException {
    List<String> names = answers("""
      try:
          from ssl import TLSVersion
      except ImportError:
          TLSVersion = make_enum()
      try:
          import ssl as attribute
      except AttributeError:
          class attribute:
              pass
      try:
          import ssl as wrapped
          wrapped = wrap(wrapped)
      except ImportError:
          wrapped = None
      import ssl as later
      later = make()
      try:
          from ssl import PROTOCOL_TLS_CLIENT as PROTOCOL
      except ImportError:
          from ssl import PROTOCOL_SSLv23 as PROTOCOL
      try:
          import ftplib
      except ImportError:
          import ftplib_backport as ftplib
      try:
          from . import ssl as relative
      except ImportError:
          relative = None
      def f():
          use(TLSVersion.TLSv1)
          use(attribute.CERT_NONE)
          use(wrapped.CERT_NONE)
          use(later.CERT_NONE)
          use(PROTOCOL)
          use(ftplib.FTP_TLS)
          use(relative.CERT_NONE)
      """, expression -> Objects.requireNonNullElse(OptionalImports.qualifiedName(expression), "-"));
    assertThat(names).containsExactly("-", "-", "-", "-", "-", "-", "-");
  }

  @Test
  void the_type_where_the_import_succeeded() throws IOException {
    List<String> types = answers("""
      try:
          import ftplib as optional
          from ftplib import FTP_TLS
      except ImportError:
          optional = FTP_TLS = None
      import ftplib as plain
      def f():
          use(optional.FTP_TLS)
          use(FTP_TLS)
          use(plain.FTP_TLS)
      """, expression -> OptionalImports.importedType(expression)
      .map(type -> type instanceof ClassType classType ? classType.fullyQualifiedName() : type.toString()).orElse("-"));
    // a name the code does not rebind keeps its own type: nothing to add
    assertThat(types).containsExactly("ftplib.FTP_TLS", "ftplib.FTP_TLS", "-");
  }

  /** The answer for the argument of each {@code use(...)} call, in source order. */
  private List<String> answers(String code, Function<Expression, String> answer) throws IOException {
    Path file = Files.writeString(folder.resolve("optional.py"), code);
    List<String> answers = new ArrayList<>();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          CallExpression call = (CallExpression) ctx.syntaxNode();
          if (call.callee() instanceof Name callee && callee.name().equals("use")
            && call.arguments().get(0) instanceof RegularArgument argument) {
            answers.add(answer.apply(argument.expression()));
          }
        });
      }
    });
    return answers;
  }
}
