package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.python.analysis.FtpTlsContexts.Built;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Change;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Factory;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Fallback;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Operation;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Reaching;
import io.ftpsecurity.python.analysis.FtpTlsContexts.Unknown;
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
import org.sonar.plugins.python.api.tree.Tree;

class FtpTlsContextsTest {

  @TempDir
  Path folder;

  @Test
  void no_context_or_none_falls_back_to_the_unverified_stdlib_context() throws IOException {
    List<Reaching> contexts = contextsOf("""
      import ftplib
      def f(h):
          ftplib.FTP_TLS(h)
          ftplib.FTP_TLS(h, context=None)
      """);
    assertThat(contexts).hasSize(2).allMatch(Fallback.class::isInstance);
    assertThat(((Fallback) contexts.get(0)).cause()).isEmpty();
    assertThat(((Fallback) contexts.get(1)).cause()).isPresent();
  }

  @Test
  void factory_protocol_and_changes_in_source_order() throws IOException {
    List<Reaching> contexts = contextsOf("""
      import ssl, ftplib
      def f(h, debug):
          ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
          ctx.options &= ~ssl.OP_NO_TLSv1
          if debug:
              ctx.verify_mode = ssl.CERT_NONE
          ctx.set_ciphers("HIGH")
          ftplib.FTP_TLS(h, context=ctx)
      """);
    Built built = (Built) contexts.get(0);
    assertThat(built.factory()).isEqualTo(Factory.SSL_CONTEXT);
    assertThat(built.protocol()).contains("PROTOCOL_TLS_CLIENT");
    assertThat(built.changes()).extracting(Change::member).containsExactly("options", "verify_mode", "set_ciphers");
    assertThat(built.changes()).extracting(Change::operation).containsExactly(Operation.AND_ASSIGN, Operation.ASSIGN, Operation.CALL);
    assertThat(built.changes()).extracting(Change::conditional).containsExactly(false, true, false);
  }

  @Test
  void the_assignment_that_reaches_the_use_counts() throws IOException {
    List<Reaching> contexts = contextsOf("""
      import ssl, ftplib
      def f(h, debug):
          ctx = ssl._create_unverified_context()
          ctx.check_hostname = False
          ctx = ssl.create_default_context()
          ftplib.FTP_TLS(h, context=ctx)
          other = ssl.create_default_context()
          if debug:
              other = ssl._create_unverified_context()
          ftplib.FTP_TLS(h, context=other)
      """);
    assertThat(((Built) contexts.get(0)).factory()).isEqualTo(Factory.DEFAULT_CONTEXT);
    assertThat(((Built) contexts.get(0)).changes()).isEmpty();
    assertThat(contexts.get(1)).isInstanceOf(Unknown.class);
  }

  @Test
  void values_from_elsewhere_are_unknown() throws IOException {
    List<Reaching> contexts = contextsOf("""
      import ssl, ftplib
      def f(h, ctx, *args, **kwargs):
          ftplib.FTP_TLS(h, context=ctx)
          ftplib.FTP_TLS(h, context=helper())
          ftplib.FTP_TLS(*args)
          ftplib.FTP_TLS(h, **kwargs)
          client = ftplib.FTP_TLS(h)
          client.context = ctx
      """);
    assertThat(contexts).hasSize(5).allMatch(Unknown.class::isInstance);
  }

  @Test
  void a_context_swapped_on_the_client_before_any_use_replaces_the_first() throws IOException {
    List<Reaching> contexts = contextsOf("""
      import ssl, ftplib
      def f(h, flag):
          swapped = ftplib.FTP_TLS(timeout=10)
          swapped.context = ssl._create_unverified_context()
          swapped.connect(h)
          used_first = ftplib.FTP_TLS(timeout=10)
          used_first.connect(h)
          used_first.context = ssl._create_unverified_context()
          conditional = ftplib.FTP_TLS(timeout=10)
          if flag:
              conditional.context = ssl.create_default_context()
          logged_in = ftplib.FTP_TLS(h, "user", "secret")
          logged_in.context = ssl.create_default_context()
      """);
    assertThat(((Built) contexts.get(0)).factory()).isEqualTo(Factory.UNVERIFIED_CONTEXT);
    assertThat(contexts.subList(1, 4)).allMatch(Unknown.class::isInstance);
  }

  @Test
  void helpers_are_followed_into_their_returns_when_all_agree() throws IOException {
    List<Reaching> contexts = contextsOf("""
      import ssl, ftplib
      def weak():
          ctx = ssl.create_default_context()
          ctx.check_hostname = False
          return ctx
      def either(flag):
          if flag:
              return ssl.create_default_context()
          return ssl.create_default_context()
      def disagree(flag):
          if flag:
              return ssl.create_default_context()
          return ssl._create_unverified_context()
      def f(h, flag):
          c = weak()
          c.verify_mode = ssl.CERT_NONE
          ftplib.FTP_TLS(h, context=c)
          ftplib.FTP_TLS(h, context=either(flag))
          ftplib.FTP_TLS(h, context=disagree(flag))
      """);
    Built weak = (Built) contexts.get(0);
    assertThat(weak.factory()).isEqualTo(Factory.DEFAULT_CONTEXT);
    assertThat(weak.changes()).extracting(Change::member).containsExactly("check_hostname", "verify_mode");
    assertThat(((Built) contexts.get(1)).factory()).isEqualTo(Factory.DEFAULT_CONTEXT);
    assertThat(contexts.get(2)).isInstanceOf(Unknown.class);
  }

  @Test
  void attributes_are_followed_into_their_assignments_and_changes_in_any_method() throws IOException {
    List<Reaching> contexts = contextsOf("""
      import ssl, ftplib
      class C:
          def __init__(self, given):
              self.tls = ssl.create_default_context()
              self.tls.check_hostname = True
              self.given = given
          def loosen(self):
              self.tls.verify_mode = ssl.CERT_NONE
          def connect(self, h):
              ftplib.FTP_TLS(h, context=self.tls)
              ftplib.FTP_TLS(h, context=self.given)
              ftplib.FTP_TLS(h, context=self.missing)
      """);
    Built built = (Built) contexts.get(0);
    assertThat(built.changes()).extracting(Change::member).containsExactly("check_hostname", "verify_mode");
    assertThat(built.changes()).extracting(Change::conditional).containsExactly(false, true);
    assertThat(contexts.subList(1, 3)).allMatch(Unknown.class::isInstance);
  }

  @Test
  void subclasses_that_forward_their_arguments_get_the_creations_context() throws IOException {
    List<Reaching> contexts = contextsOf("""
      import ssl, ftplib
      class Forwarding(ftplib.FTP_TLS):
          def __init__(self, host, *args, **kwargs):
              super().__init__(host, *args, **kwargs)
      class Named(ftplib.FTP_TLS):
          def __init__(self, host, context=None):
              ftplib.FTP_TLS.__init__(self, host, context=context)
      class Mutating(ftplib.FTP_TLS):
          def __init__(self, *args, **kwargs):
              kwargs["context"] = None
              super().__init__(*args, **kwargs)
      def f(h, ctx):
          Forwarding(h, context=ssl.create_default_context())
          Forwarding(h)
          Named(h)
          Named(h, ssl._create_unverified_context())
          Mutating(h)
          Forwarding(h, context=ctx)
      """);
    assertThat(((Built) contexts.get(0)).factory()).isEqualTo(Factory.DEFAULT_CONTEXT);
    assertThat(((Fallback) contexts.get(1)).cause()).isPresent();
    assertThat(((Fallback) contexts.get(2)).cause()).get().extracting(Tree::getKind).isEqualTo(Tree.Kind.NONE);
    assertThat(((Built) contexts.get(3)).factory()).isEqualTo(Factory.UNVERIFIED_CONTEXT);
    assertThat(contexts.subList(4, 6)).allMatch(Unknown.class::isInstance);
  }

  private List<Reaching> contextsOf(String code) throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), code);
    List<Reaching> contexts = new ArrayList<>();
    LocalDefinitions definitions = new LocalDefinitions();
    PythonSubscriptionCheck collector = new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> Optional.of((CallExpression) ctx.syntaxNode())
          .filter(call -> FtpClients.mayCreateFtpTls(call, ctx, definitions))
          .ifPresent(call -> contexts.add(FtpTlsContexts.contextOf(call, ctx, definitions))));
      }
    };
    PythonCheckVerifier.analyze(file.toFile(), collector);
    return contexts;
  }
}
