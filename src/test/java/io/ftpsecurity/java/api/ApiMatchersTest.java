package io.ftpsecurity.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.JavaCheckVerifier;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sonar.java.model.JParser;
import org.sonar.java.model.JParserConfig;
import org.sonar.java.model.JavaVersionImpl;
import org.sonar.plugins.java.api.JavaVersion;
import org.sonar.plugins.java.api.semantic.MethodMatchers;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.CompilationUnitTree;
import org.sonar.plugins.java.api.tree.MethodInvocationTree;
import org.sonar.plugins.java.api.tree.NewClassTree;
import org.sonar.plugins.java.api.tree.Tree;

/**
 * Our matchers answer as sonar-java's: on every call and {@code new} of every Java check file (compiled against the
 * real libraries, where the hits and their look-alikes are), each matcher constant of {@code java/api} gives the
 * answer of the sonar-java matcher it wraps, and hits something somewhere. Every one is built through
 * {@code ApiMatchers}, and its {@code callNames} and {@code constructions} let through every call and {@code new}
 * it matches; a {@link Dispatch} of them all runs, on each, the first that matches.
 */
class ApiMatchersTest {

  private static final List<Class<?>> API_CLASSES = List.of(CommonsNetApi.class, JdkApi.class, SpringIntegrationApi.class, SshApi.class);
  private static final JavaVersion JAVA_VERSION = new JavaVersionImpl(21);
  private static final Path CONSTRUCTOR_CALLS = Path.of("src", "test", "resources", "java-api", "ConstructorCalls.java");

  @Test
  void every_matcher_answers_as_the_sonar_java_matcher_it_wraps() throws Exception {
    Map<String, MethodMatchers> matchers = matcherConstants();
    assertThat(matchers).containsKeys("NEW_CLIENT", "LOGIN", "URL_OPEN", "TABLE_PUT");
    List<NewClassTree> creations = new ArrayList<>();
    List<MethodInvocationTree> calls = new ArrayList<>();
    collectTrees(creations, calls);
    Set<String> matchedSomewhere = new TreeSet<>();
    for (Map.Entry<String, MethodMatchers> entry : matchers.entrySet()) {
      MethodMatchers ours = entry.getValue();
      MethodMatchers theirs = wrapped(ours);
      ApiMatchers.Constructions constructions = ApiMatchers.constructions(ours);
      for (NewClassTree creation : creations) {
        assertThat(ours.matches(creation)).as(entry.getKey() + " on " + creation.identifier()).isEqualTo(theirs.matches(creation));
        if (ours.matches(creation)) {
          matchedSomewhere.add(entry.getKey());
          assertThat(constructions.mayMatch(creation)).as("the classes of " + entry.getKey() + " on " + creation.identifier()).isTrue();
        }
      }
      ApiMatchers.CallNames names = ApiMatchers.callNames(ours);
      for (MethodInvocationTree call : calls) {
        assertThat(ours.matches(call)).as(entry.getKey() + " on " + call.methodSelect()).isEqualTo(theirs.matches(call));
        if (ours.matches(call)) {
          matchedSomewhere.add(entry.getKey());
          assertThat(names.mayMatch(call)).as("the names of " + entry.getKey() + " on " + call.methodSelect()).isTrue();
        }
      }
    }
    assertThat(matchedSomewhere).containsExactlyInAnyOrderElementsOf(matchers.keySet());
  }

  /**
   * A dispatch over every matcher runs, on each call and {@code new} of the check files, the first case that matches
   * it: its prefilter, made of the cases' matchers, lets every one through.
   */
  @Test
  @SuppressWarnings("unchecked")
  void a_dispatch_runs_the_first_case_that_matches() throws Exception {
    Map<String, MethodMatchers> matchers = matcherConstants();
    List<NewClassTree> creations = new ArrayList<>();
    List<MethodInvocationTree> calls = new ArrayList<>();
    collectTrees(creations, calls);
    List<String> handled = new ArrayList<>();
    Dispatch<MethodInvocationTree> callCases = Dispatch.calls(matchers.entrySet().stream()
      .map(entry -> Dispatch.<MethodInvocationTree>on(entry.getValue(), call -> handled.add(at(call, entry.getKey()))))
      .toArray(Dispatch.Case[]::new));
    Dispatch<NewClassTree> newCases = Dispatch.news(matchers.entrySet().stream()
      .map(entry -> Dispatch.<NewClassTree>on(entry.getValue(), creation -> handled.add(at(creation, entry.getKey()))))
      .toArray(Dispatch.Case[]::new));
    calls.forEach(callCases::dispatch);
    creations.forEach(newCases::dispatch);
    List<String> firstMatches = new ArrayList<>();
    calls.forEach(call -> matchers.entrySet().stream().filter(entry -> entry.getValue().matches(call)).findFirst()
      .ifPresent(entry -> firstMatches.add(at(call, entry.getKey()))));
    creations.forEach(creation -> matchers.entrySet().stream().filter(entry -> entry.getValue().matches(creation)).findFirst()
      .ifPresent(entry -> firstMatches.add(at(creation, entry.getKey()))));
    assertThat(firstMatches).hasSizeGreaterThan(200);
    assertThat(handled).containsExactlyElementsOf(firstMatches);
  }

  private static String at(Tree tree, String matcher) {
    return matcher + " at " + tree.firstToken().range().start();
  }

  private static void collectTrees(List<NewClassTree> creations, List<MethodInvocationTree> calls) throws IOException {
    for (Path file : checkFiles()) {
      parse(file).accept(new BaseTreeVisitor() {
        @Override
        public void visitNewClass(NewClassTree tree) {
          creations.add(tree);
          super.visitNewClass(tree);
        }

        @Override
        public void visitMethodInvocation(MethodInvocationTree tree) {
          calls.add(tree);
          super.visitMethodInvocation(tree);
        }
      });
    }
  }

  private static Map<String, MethodMatchers> matcherConstants() throws IllegalAccessException {
    Map<String, MethodMatchers> matchers = new LinkedHashMap<>();
    for (Class<?> api : API_CLASSES) {
      for (Field field : api.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == MethodMatchers.class) {
          matchers.put(field.getName(), (MethodMatchers) field.get(null));
        }
      }
    }
    return matchers;
  }

  /** The sonar-java matcher inside one of ours; for {@code ApiMatchers.or}, sonar-java's {@code or} of theirs. */
  private static MethodMatchers wrapped(MethodMatchers matcher) {
    assertThat(matcher.getClass().isRecord()).as(matcher + " built through ApiMatchers").isTrue();
    try {
      RecordComponent inner = matcher.getClass().getRecordComponents()[0];
      Method accessor = inner.getAccessor();
      accessor.setAccessible(true);
      Object wrapped = accessor.invoke(matcher);
      if (wrapped instanceof List<?> alternatives) {
        return MethodMatchers.or(alternatives.stream().map(alternative -> wrapped((MethodMatchers) alternative)).toList());
      }
      return (MethodMatchers) wrapped;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Java check files, and super(...) and this(...) calls of every kind of class. */
  private static List<Path> checkFiles() throws IOException {
    try (Stream<Path> files = Files.list(JavaCheckVerifier.CHECK_RESOURCES)) {
      return Stream.concat(files.filter(file -> file.toString().endsWith(".java")).sorted(), Stream.of(CONSTRUCTOR_CALLS)).toList();
    }
  }

  private static CompilationUnitTree parse(Path file) throws IOException {
    return JParser.parse(JParserConfig.Mode.FILE_BY_FILE.create(JAVA_VERSION, JavaCheckVerifier.LIBRARIES).astParser(),
      JAVA_VERSION.toString(), file.getFileName().toString(), Files.readString(file));
  }
}
