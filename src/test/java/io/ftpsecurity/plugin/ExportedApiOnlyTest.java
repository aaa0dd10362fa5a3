package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/**
 * Inside SonarQube a plugin sees only what other plugins export: from the Python analyzer, the packages
 * {@code org.sonar.plugins.python.api.*}, from the Java analyzer {@code org.sonar.plugins.java.api.*}. Code that
 * uses anything else compiles and passes unit tests, then
 * fails with NoClassDefFoundError in the server. This reads every class the plugin ships and lists the
 * classes it refers to, whatever the source looks like (imports, fully qualified names, signatures).
 * <p>
 * We compile against the newest analyzers we support and run on the oldest too (those of SonarQube Community Build
 * 26.1), whose exported API has fewer classes and members: a call to a method it lacks links only when it runs, then
 * fails with NoSuchMethodError. So every class, method, field, method reference and lambda interface our classes use
 * from an analyzer's API must exist, accessible, in the oldest one's, and every analyzer interface or class we
 * implement must be fully implemented for it. Maven unpacks those analyzers from the 26.1 distribution into
 * {@code target/oldest-analyzers} (phase generate-test-resources).
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
  /** Each analyzer's exported API, and the plugin jar of its oldest supported version. */
  private static final Map<String, String> OLDEST_ANALYZERS = Map.of(
    "org/sonar/plugins/python/api/", "sonar-python-plugin-" + System.getProperty("ftpsecurity.oldest.python", "5.14.2.29072") + ".jar",
    "org/sonar/plugins/java/api/", "sonar-java-plugin-8.22.0.41895.jar");
  private static final Path OLDEST_ANALYZERS_DIR = Path.of(System.getProperty("ftpsecurity.oldest.analyzers", "target/oldest-analyzers"));
  private static final Path MAIN_CLASSES = Path.of("target/classes");
  /**
   * Named only in a generic signature, {@code Optional<DjangoViewInfo> getDjangoViewInfo(String)}, which the JVM
   * erases: CheckRunner's context implements that method of newer analyzers without the class being loaded.
   */
  private static final String ERASED_ONLY_CLASS = "org/sonar/plugins/python/api/DjangoViewInfo";
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

  private static ApiModel oldest;

  @BeforeAll
  static void readOldestAnalyzers() throws IOException {
    oldest = new ApiModel();
    oldest.addFolder(MAIN_CLASSES);
    for (var analyzer : OLDEST_ANALYZERS.entrySet()) {
      Path jar = OLDEST_ANALYZERS_DIR.resolve(analyzer.getValue());
      assertThat(jar).as("the oldest supported analyzer, unpacked by Maven from SonarQube 26.1 (run the tests through "
        + "mvn, which fetches that distribution into ~/.m2 once)").isRegularFile();
      oldest.addJar(jar, List.of(analyzer.getKey()));
    }
  }

  @Test
  void every_analyzer_class_we_refer_to_exists_in_the_oldest_supported_analyzer() throws IOException {
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN_CLASSES)) {
      for (Path classFile : files.filter(path -> path.toString().endsWith(".class")).toList()) {
        referencedClasses(classFile).stream()
          .filter(ExportedApiOnlyTest::isAnalyzerApi)
          .filter(name -> !oldest.contains(name))
          .filter(name -> !(classFile.getFileName().toString().equals(SIGNATURE_ONLY_CLASSES_USER) && ERASED_ONLY_CLASS.equals(name)))
          .forEach(name -> missing.add(name + " (from " + classFile.getFileName() + ")"));
      }
    }
    assertThat(missing).as("classes missing from the oldest supported analyzers").isEmpty();
  }

  @Test
  void every_analyzer_member_we_use_exists_in_the_oldest_supported_analyzer() throws IOException {
    assertThat(missingMembers(MAIN_CLASSES)).as("members missing from the oldest supported analyzers").isEmpty();
  }

  @Test
  void every_analyzer_type_we_implement_is_complete_for_the_oldest_supported_analyzer() {
    Set<String> unimplemented = new TreeSet<>();
    for (ApiModel.ClassInfo ours : ourConcreteClasses()) {
      for (ApiModel.ClassInfo supertype : oldest.supertypes(ours.name())) {
        if (!isAnalyzerApi(supertype.name())) {
          continue;
        }
        supertype.methods().values().stream()
          .filter(ApiModel.Member::isAbstract)
          .filter(method -> oldest.resolve(ours.name(), method.name(), method.descriptor(), false).filter(found -> !found.isAbstract()).isEmpty())
          .filter(method -> !implementedByDefault(ours.name(), method))
          .forEach(method -> unimplemented.add(ours.name() + " lacks " + supertype.name() + "." + method.name() + method.descriptor()));
      }
    }
    assertThat(unimplemented).as("abstract methods of the oldest analyzers' API that our classes leave out").isEmpty();
  }

  /** The check would have caught the NoSuchMethodError seen with analyzer 5.18: our tests call cfg and valuesAtLocation. */
  @Test
  void the_member_check_catches_methods_the_oldest_analyzer_lacks() throws IOException {
    assertThat(missingMembers(Path.of("target/test-classes/io/ftpsecurity/python/analysis")))
      .anyMatch(reference -> reference.startsWith("org.sonar.plugins.python.api.SubscriptionContext.cfg("))
      .anyMatch(reference -> reference.startsWith("org.sonar.plugins.python.api.SubscriptionContext.valuesAtLocation("));
  }

  private static Set<String> missingMembers(Path classes) throws IOException {
    Set<String> missing = new TreeSet<>();
    for (MemberReferences.Reference reference : MemberReferences.in(classes)) {
      if (isAnalyzerApi(reference.owner()) || reference.owner().startsWith("io/ftpsecurity/")) {
        boolean found = oldest.resolve(reference.owner(), reference.name(), reference.descriptor(), reference.field())
          .filter(ApiModel.Member::isReachableByPlugins).isPresent();
        if (!found && !isOurOwnMember(reference)) {
          missing.add(reference.toString());
        }
      }
    }
    return missing;
  }

  /** Our classes see their own private members; the JVM links those without the analyzer. */
  private static boolean isOurOwnMember(MemberReferences.Reference reference) {
    return reference.owner().startsWith("io/ftpsecurity/")
      && oldest.find(reference.owner()).map(info -> (reference.field() ? info.fields() : info.methods())
        .containsKey(reference.name() + reference.descriptor())).orElse(false);
  }

  private static boolean implementedByDefault(String ours, ApiModel.Member method) {
    return oldest.supertypes(ours).stream()
      .map(type -> type.methods().get(method.name() + method.descriptor()))
      .anyMatch(found -> found != null && !found.isAbstract());
  }

  private static List<ApiModel.ClassInfo> ourConcreteClasses() {
    try (Stream<Path> files = Files.walk(MAIN_CLASSES)) {
      return files.filter(path -> path.toString().endsWith(".class"))
        .map(path -> MAIN_CLASSES.relativize(path).toString().replace('\\', '/').replaceAll("\\.class$", ""))
        .map(name -> oldest.find(name).orElseThrow())
        .filter(info -> !info.isInterfaceOrAbstract())
        .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean isAnalyzerApi(String internalName) {
    return OLDEST_ANALYZERS.keySet().stream().anyMatch(internalName::startsWith);
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
