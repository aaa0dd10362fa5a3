package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/**
 * Inside SonarQube a plugin sees only what other plugins export: from the Python analyzer, the packages
 * {@code org.sonar.plugins.python.api.*}, from the Java analyzer {@code org.sonar.plugins.java.api.*}. Code that
 * uses anything else compiles and passes unit tests, then
 * fails with NoClassDefFoundError in the server. This reads every class the plugin ships and lists the
 * classes it refers to, whatever the source looks like (imports, fully qualified names, signatures).
 */
class ExportedApiOnlyTest {

  /** What a plugin's class loader can reach at runtime: the JDK, the plugin API, the exported analyzer APIs, itself. */
  private static final List<String> REACHABLE = List.of(
    "java/", "javax/annotation/",
    "org/sonar/api/", "org/sonar/check/",
    "org/sonar/plugins/python/api/",
    "org/sonar/plugins/java/api/",
    "org/sonarsource/analyzer/commons/",
    "io/ftpsecurity/");
  /**
   * The one exception: {@code CheckRunner}'s SubscriptionContext must implement the four methods whose signatures
   * name these unexported classes. It only returns what PythonVisitorContext returns, which the JVM does without
   * loading the class; the end-to-end test proves it in SonarQube (our rules report on examples/daily_export.ipynb).
   */
  private static final String SIGNATURE_ONLY_CLASSES_USER = "CheckRunner$Context.class";
  private static final Set<String> SIGNATURE_ONLY_CLASSES = Set.of(
    "org/sonar/python/types/v2/TypeChecker",
    "org/sonar/python/semantic/v2/typetable/TypeTable",
    "org/sonar/python/semantic/v2/callgraph/CallGraph",
    "org/sonar/python/cfg/fixpoint/LiveVariablesAnalysis");
  private static final Pattern INTERNAL_NAME = Pattern.compile("L?([a-z][\\w$]*(?:/[\\w$]+)+);?");
  private static final int CONSTANT_UTF8 = 1;

  @Test
  void main_code_refers_only_to_classes_reachable_in_sonarqube() throws IOException {
    Set<String> unreachable = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
      for (Path classFile : files.filter(path -> path.toString().endsWith(".class")).toList()) {
        for (String referenced : referencedClasses(classFile)) {
          boolean allowed = classFile.getFileName().toString().equals(SIGNATURE_ONLY_CLASSES_USER)
            && SIGNATURE_ONLY_CLASSES.contains(referenced);
          if (!allowed && REACHABLE.stream().noneMatch(referenced::startsWith)) {
            unreachable.add(referenced + " (from " + classFile.getFileName() + ")");
          }
        }
      }
    }
    assertThat(unreachable).as("classes the plugin cannot load inside SonarQube").isEmpty();
  }

  @Test
  void the_check_itself_catches_internal_python_classes() throws IOException {
    Path testClass = Path.of("target/test-classes/io/ftpsecurity/testing/PythonCheckVerifier.class");
    assertThat(referencedClasses(testClass)).anyMatch(name -> name.startsWith("org/sonar/python/"));
  }

  @Test
  void the_check_itself_catches_internal_java_classes() throws IOException {
    Path testClass = Path.of("target/test-classes/io/ftpsecurity/testing/JavaCheckVerifier.class");
    assertThat(referencedClasses(testClass)).anyMatch(name -> name.startsWith("org/sonar/java/"));
  }

  /** Class names in the constant pool: class references and the types inside descriptors and signatures. */
  private static Set<String> referencedClasses(Path classFile) throws IOException {
    Set<String> names = new TreeSet<>();
    try (InputStream input = Files.newInputStream(classFile)) {
      ClassReader reader = new ClassReader(input);
      for (int item = 1; item < reader.getItemCount(); item++) {
        int offset = reader.getItem(item);
        if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_UTF8) {
          Matcher matcher = INTERNAL_NAME.matcher(utf8At(reader, offset));
          while (matcher.find()) {
            names.add(matcher.group(1));
          }
        }
      }
    }
    return names;
  }

  /** A CONSTANT_Utf8 entry: a length, then (for class names, ASCII) bytes. */
  private static String utf8At(ClassReader reader, int offset) {
    int length = reader.readUnsignedShort(offset);
    StringBuilder text = new StringBuilder(length);
    for (int index = 0; index < length; index++) {
      text.append((char) (reader.readByte(offset + 2 + index) & 0xFF));
    }
    return text.toString();
  }
}
