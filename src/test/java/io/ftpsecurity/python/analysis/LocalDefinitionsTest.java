package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.EveryCall;
import io.ftpsecurity.testing.PythonCheckVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;
import org.sonar.plugins.python.api.tree.CallExpression;
import org.sonar.plugins.python.api.tree.Decorator;
import org.sonar.plugins.python.api.tree.FunctionDef;
import org.sonar.plugins.python.api.tree.Name;
import org.sonar.plugins.python.api.tree.QualifiedExpression;
import org.sonar.plugins.python.api.tree.Tree;

class LocalDefinitionsTest {

  @TempDir
  Path folder;

  @Test
  void calls_resolve_to_the_files_own_functions_and_methods() throws IOException {
    Map<String, String> called = calledFunctions("""
      def helper():
          return 1
      def twice(): pass
      def twice(): pass
      @decorate
      def decorated():
          return 1
      class C:
          @staticmethod
          def make():
              return 2
          def use(self):
              helper()
              twice()
              decorated()
              self.make()
              self.missing()
              other.make()
      """);
    assertThat(called).containsExactly(
      Map.entry("helper", "helper"), Map.entry("twice", "-"), Map.entry("decorated", "-"),
      Map.entry("self.make", "make"), Map.entry("self.missing", "-"), Map.entry("other.make", "-"));
  }

  @Test
  void function_names_reject_only_calls_that_call_no_function_of_the_file() throws IOException {
    Map<String, String> called = new LinkedHashMap<>();
    LocalDefinitions definitions = new LocalDefinitions();
    analyze("""
      def helper(): pass
      if flag:
          def branch(): pass
      class C:
          def method(self):
              def nested(): pass
              nested()
              self.method()
              self.other()
          class Inner:
              def inner(self): pass
      helper(), branch(), print(), C().inner(), lambda: helper()
      """, EveryCall.check((call, ctx) -> called.put(sourceOf(call.callee()), Boolean.toString(definitions.functionNames(call).mayName(call)))));
    assertThat(called).containsExactly(Map.entry("nested", "true"), Map.entry("self.method", "true"),
      Map.entry("self.other", "false"), Map.entry("helper", "true"), Map.entry("branch", "true"),
      Map.entry("print", "false"), Map.entry("C().inner", "true"), Map.entry("C", "false"));
  }

  @Test
  void function_names_agree_with_called_function_on_every_call_of_the_check_files() {
    LocalDefinitions definitions = new LocalDefinitions();
    List<Boolean> named = new ArrayList<>();
    EveryCall.inCheckFiles((call, ctx) -> {
      named.add(definitions.functionNames(call).mayName(call));
      if (!named.get(named.size() - 1)) {
        assertThat(definitions.calledFunction(call)).as("call at line %d", call.firstToken().line()).isEmpty();
      }
    });
    // most calls of the check files call library code: the fast path answers them
    assertThat(named.stream().filter(mayName -> !mayName).count()).isGreaterThan(named.size() / 2L);
    assertThat(named).contains(true);
  }

  @Test
  void return_values_only_when_no_path_falls_off_the_end() throws IOException {
    Map<String, Integer> returns = new LinkedHashMap<>();
    LocalDefinitions definitions = new LocalDefinitions();
    analyze("""
      def two(flag):
          if flag:
              return 1
          def nested():
              return 3
          return 2
      def may_fall_off(flag):
          if flag:
              return 1
      def bare():
          return
      """, new PythonSubscriptionCheck() {
        @Override
        public void initialize(Context context) {
          context.registerSyntaxNodeConsumer(Tree.Kind.FUNCDEF, ctx -> {
            FunctionDef function = (FunctionDef) ctx.syntaxNode();
            returns.put(function.name().name(), definitions.returnValues(function).map(values -> values.size()).orElse(-1));
          });
        }
      });
    assertThat(returns).containsEntry("two", 2).containsEntry("nested", 1).containsEntry("may_fall_off", -1).containsEntry("bare", -1);
  }

  @Test
  void attribute_values_and_uses_per_class() throws IOException {
    Map<String, String> facts = new LinkedHashMap<>();
    LocalDefinitions definitions = new LocalDefinitions();
    analyze("""
      class C:
          kind = 1
          def __init__(self):
              self.tls = make()
              self.tls.check_hostname = False
          def use(self):
              self.tls.verify_mode = 0
              return self.kind
      """, new PythonSubscriptionCheck() {
        @Override
        public void initialize(Context context) {
          context.registerSyntaxNodeConsumer(Tree.Kind.QUALIFIED_EXPR, ctx -> {
            QualifiedExpression attribute = (QualifiedExpression) ctx.syntaxNode();
            if (attribute.qualifier() instanceof Name) {
              facts.put(attribute.name().name(),
                definitions.valuesOf(attribute).size() + " values, " + definitions.usesOf(attribute).size() + " uses");
            }
          });
        }
      });
    assertThat(facts).containsEntry("tls", "1 values, 3 uses").containsEntry("kind", "1 values, 1 uses");
  }

  private Map<String, String> calledFunctions(String code) throws IOException {
    Map<String, String> called = new LinkedHashMap<>();
    LocalDefinitions definitions = new LocalDefinitions();
    analyze(code, new PythonSubscriptionCheck() {
      @Override
      public void initialize(Context context) {
        context.registerSyntaxNodeConsumer(Tree.Kind.CALL_EXPR, ctx -> {
          CallExpression call = (CallExpression) ctx.syntaxNode();
          if (!(call.parent() instanceof Decorator)) {
            called.put(sourceOf(call.callee()), definitions.calledFunction(call).map(f -> f.name().name()).orElse("-"));
          }
        });
      }
    });
    return called;
  }

  private static String sourceOf(Tree callee) {
    if (callee instanceof CallExpression call) {
      return sourceOf(call.callee()) + "()";
    }
    return callee instanceof QualifiedExpression qualified
      ? sourceOf(qualified.qualifier()) + "." + qualified.name().name()
      : ((Name) callee).name();
  }

  private void analyze(String code, PythonSubscriptionCheck check) throws IOException {
    Path file = Files.writeString(folder.resolve("code.py"), code);
    PythonCheckVerifier.analyze(file.toFile(), check);
  }
}
