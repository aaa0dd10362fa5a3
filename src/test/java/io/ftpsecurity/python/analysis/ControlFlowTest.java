package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.SubscriptionContext;
import org.sonar.plugins.python.api.symbols.Usage;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.FileInput;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.RegularArgument;
import org.sonar.plugins.python.api.tree.StringLiteral;
import org.sonar.plugins.python.api.tree.Tree;
import org.sonar.plugins.python.api.tree.TryStatement;

/**
 * Our control-flow facts give python-frontend 5.31's answers, on every name and body of every check file and corpus
 * file: the rules then find the same on the oldest analyzer we support, which does not export these facts, as on the
 * newest. Two differences are deliberate: a name also bound in another scope ({@code global}) is unknown to us, where
 * python-frontend's answer depends on which scope it happened to analyse first; and in a body with a {@code try}
 * statement, python-frontend knows no name, where we know those that no statement inside a {@code try} assigns
 * (their values are pinned by {@link #a_try_statement_hides_only_the_names_it_assigns}).
 */
class ControlFlowTest {

  private static final List<Path> FOLDERS = List.of(PythonCheckVerifier.CHECK_RESOURCES, Path.of("src/test/resources/corpus"));

  @Test
  void graphs_and_values_reaching_every_name_are_those_of_python_frontend() throws IOException {
    List<String> differences = new ArrayList<>();
    int[] names = {0, 0};
    for (Path file : pythonFiles()) {
      PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
        @Override
        public void initialize(Context context) {
          context.registerSyntaxNodeConsumer(Tree.Kind.NAME, ctx -> compareValues(ctx, file, names, differences));
          context.registerSyntaxNodeConsumer(Tree.Kind.FILE_INPUT, ctx -> compareGraphs(ctx, file, differences));
          context.registerSyntaxNodeConsumer(Tree.Kind.FUNCDEF, ctx -> compareGraphs(ctx, file, differences));
          context.registerSyntaxNodeConsumer(Tree.Kind.CLASSDEF, ctx -> assertThat(ControlFlow.graph(ctx.syntaxNode(), ctx)).isNull());
        }
      });
    }
    assertThat(differences).isEmpty();
    assertThat(names[1]).as("names with reaching values, out of " + names[0]).isGreaterThan(100);
  }

  /**
   * The shapes where a read is answered without solving the graph (an assignment earlier in its own block) next to
   * those that need it, asked in source order: the answers are python-frontend's, which solves every body whole.
   */
  @Test
  void values_found_in_the_read_s_own_block_are_those_of_the_whole_solution(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("shapes.py");
    Files.writeString(file, """
      import ftplib
      url = "ftp://a"
      print(url)
      url = "ftp://b"
      print(url)
      url = url + "/c"
      print(url)
      for item in range(3):
          print(url)
          url = "ftp://d"
          print(url)
      print(url)
      label: str
      label = "x"
      label: str
      print(label)

      def loop(c, n):
          host = "a"
          print(host)
          while c:
              print(host)
              host = "b"
              print(host)
              if n:
                  break
              host = "c"
          print(host)
          host = host
          print(host)

      def branches(c):
          client = ftplib.FTP("a")
          client.login()
          if c:
              client = ftplib.FTP_TLS("b")
              client.login()
          else:
              client.quit()
          client.close()
          client = ftplib.FTP("c")
          client.close()

      def guarded(c):
          x = 1
          print(x)
          try:
              x = 2
              print(x)
          except ValueError:
              print(x)
          print(x)

      def outer():
          value = "a"
          print(value)
          def inner():
              print(value)
              value2 = "b"
              print(value2)
              return value
          value = "c"
          print(value)
          return inner

      class Holder:
          name = "a"
          print(name)
          name = "b"
          print(name)

          def method(self):
              name = "c"
              print(name)
              return name
      """);
    List<String> differences = new ArrayList<>();
    int[] names = {0, 0};
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.NAME, ctx -> compareValues(ctx, file, names, differences));
      }
    });
    assertThat(differences).isEmpty();
    assertThat(names[1]).as("names with reaching values, out of " + names[0]).isGreaterThan(20);
  }

  /**
   * In a body with a {@code try} statement, a name that no statement inside a {@code try} assigns keeps the values it
   * has before it, in it, in its handlers and after it; a name assigned inside one (in its body, a handler, its
   * {@code else} or {@code finally}) is unknown everywhere in the body.
   */
  @Test
  void a_try_statement_hides_only_the_names_it_assigns(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("guarded.py");
    Files.writeString(file, """
      try:
          import optional
      except ImportError:
          optional = None
      client = make("a")
      print(client)
      client = make("b")
      print(client, optional)

      def guarded(flag):
          host = "a"
          print(host)
          host = "b"
          try:
              print(host)
              inner = "c"
              print(inner)
          except ValueError:
              print(host)
          else:
              print(host)
          finally:
              print(host)
          if flag:
              host = "d"
          print(host)
          print(inner)

      def assigned_in_a_handler():
          port = 21
          port = 22
          try:
              pass
          except OSError:
              port = 990
          print(port)

      def assigned_in_finally():
          mode = "a"
          mode = "b"
          try:
              pass
          finally:
              mode = "c"
          print(mode)

      def assigned_in_else():
          user = "a"
          user = "b"
          try:
              pass
          except OSError:
              pass
          else:
              user = "c"
          print(user)
      """);
    List<String> reads = new ArrayList<>();
    PythonCheckVerifier.analyze(file.toFile(), new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.NAME, ctx -> {
          Name name = (Name) ctx.syntaxNode();
          if (name.parent() instanceof RegularArgument) {
            reads.add(name.firstToken().line() + " " + name.name() + ": " + ControlFlow.valuesAtLocation(name, ctx).stream()
              .map(value -> value instanceof StringLiteral literal ? literal.trimmedQuotesValue()
                : value.firstToken().value() + (value instanceof CallExpression call ? "(" + call.arguments().get(0).firstToken().value() + ")" : ""))
              .sorted().toList());
          }
        });
      }
    });
    assertThat(reads).containsExactly(
      "6 client: [make(\"a\")]",
      "8 client: [make(\"b\")]",
      "8 optional: []",
      "12 host: [a]",
      "15 host: [b]",
      "17 inner: []",
      "19 host: [b]",
      "21 host: [b]",
      "23 host: [b]",
      "26 host: [b, d]",
      "27 inner: []",
      "36 port: []",
      "45 mode: []",
      "56 user: []");
  }

  private static void compareValues(SubscriptionContext ctx, Path file, int[] names, List<String> differences) {
    Name name = (Name) ctx.syntaxNode();
    // asked first, so that it meets each body and symbol unanalysed as often as the sets do
    var single = ControlFlow.singleValueAtLocation(name, ctx);
    var ours = ControlFlow.valuesAtLocation(name, ctx);
    if (single != (ours.size() == 1 ? ours.iterator().next() : null)) {
      differences.add(file + ":" + name.firstToken().line() + " " + name.name() + ": single value " + single
        + ", values " + ours.size());
    }
    var frontend = ctx.valuesAtLocation(name);
    names[0]++;
    names[1] += frontend.isEmpty() ? 0 : 1;
    if (!ours.equals(frontend) && !(ours.isEmpty() && boundInAnotherScope(name))
      && !(frontend.isEmpty() && hasTryStatement(scopeOf(name)))) {
      differences.add(file + ":" + name.firstToken().line() + " " + name.name() + ": ours " + ours.size()
        + " value(s), python-frontend " + frontend.size());
    }
  }

  /** The function or module whose body holds the tree. */
  private static Tree scopeOf(Tree tree) {
    Tree current = tree.parent();
    while (!(current instanceof FunctionDef || current instanceof FileInput)) {
      current = current.parent();
    }
    return current;
  }

  /** A try statement of the body, nested functions aside. */
  private static boolean hasTryStatement(Tree tree) {
    for (Tree child : tree.children()) {
      if (child instanceof TryStatement || child != null && !(child instanceof FunctionDef) && hasTryStatement(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean boundInAnotherScope(Name name) {
    return name.symbol() != null && name.symbol().usages().stream().anyMatch(usage -> usage.kind() == Usage.Kind.GLOBAL_DECLARATION);
  }

  private static void compareGraphs(SubscriptionContext ctx, Path file, List<String> differences) {
    Tree scope = ctx.syntaxNode();
    var ours = ControlFlow.graph(scope, ctx);
    var frontend = ctx.cfg(scope);
    if ((ours == null) != (frontend == null) || ours != null && ours.blocks().size() != frontend.blocks().size()) {
      differences.add(file + ":" + scope.firstToken().line() + ": another graph than python-frontend's");
    }
    assertThat(ControlFlow.graph(scope, ctx)).as("built once per body").isSameAs(ours);
  }

  private static List<Path> pythonFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path folder : FOLDERS) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(path -> path.toString().endsWith(".py")).sorted().forEach(files::add);
      }
    }
    return files;
  }
}
