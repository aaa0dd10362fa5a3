package io.ftpsecurity.java.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.java.rules.JavaRules;
import io.ftpsecurity.testing.JavaCheckVerifier;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.sonar.java.checks.verifier.CheckVerifier;
import org.sonar.plugins.java.api.JavaFileScanner;
import org.sonar.plugins.java.api.JavaFileScannerContext;
import org.sonar.plugins.java.api.tree.BaseTreeVisitor;
import org.sonar.plugins.java.api.tree.VariableTree;

/**
 * The check files compile against the real libraries: a type the verifier cannot resolve would leave every matcher
 * on it silently blind, and every test of it vacuously green. Each library type named in {@code java/api} must
 * resolve on the verifier's class path, and javac must compile every check file against it.
 */
class JavaLibrariesResolveTest {

  private static final List<Class<?>> API_CLASSES = List.of(CommonsNetApi.class, JdkApi.class, SpringIntegrationApi.class, SshApi.class);
  private static final Pattern QUALIFIED_TYPE = Pattern.compile("[a-z]\\w*(\\.[a-z]\\w*)+\\.[A-Z]\\w*");
  private static final String MISSING_TYPE = "com.example.missing.NoSuchClient";

  @Test
  void every_library_type_named_by_the_api_resolves() throws IOException {
    List<String> types = apiTypeNames();
    assertThat(types).contains(CommonsNetApi.FTPS_CLIENT, SpringIntegrationApi.SFTP_SESSION_FACTORY, SshApi.MINA_SERVER_KEY_VERIFIER);
    assertThat(unresolved(types)).isEmpty();
  }

  @Test
  void a_type_missing_from_the_class_path_is_seen() throws IOException {
    assertThat(unresolved(List.of(CommonsNetApi.FTP_CLIENT, MISSING_TYPE))).containsExactly(MISSING_TYPE);
  }

  /**
   * javac compiles every check file: the frontend analyses code that does not compile too, but then a look-alike
   * may be silent because its expression has no type, not because the rule judged it.
   */
  @Test
  void every_check_file_compiles() throws IOException {
    List<Path> checkFiles;
    try (Stream<Path> files = Files.list(JavaCheckVerifier.CHECK_RESOURCES)) {
      checkFiles = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(checkFiles).hasSizeGreaterThanOrEqualTo(JavaRules.all().size());
    assertThat(compilationErrors(checkFiles)).isEmpty();
  }

  @Test
  void a_check_file_that_does_not_compile_is_seen() throws IOException {
    Path broken = Files.createTempDirectory("broken-check-file").resolve("Broken.java");
    Files.writeString(broken, "import org.apache.commons.net.ftp.FTPClient;\nclass Broken {\n  FTPClient client = new FTPClient(1);\n}\n");
    assertThat(compilationErrors(List.of(broken))).contains("Broken.java:3");
  }

  private static String compilationErrors(List<Path> sources) throws IOException {
    Path classes = Files.createTempDirectory("check-file-classes");
    String classPath = JavaCheckVerifier.LIBRARIES.stream().map(File::getPath).collect(Collectors.joining(File.pathSeparator));
    StringWriter errors = new StringWriter();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(errors, files, null, List.of("-proc:none", "-nowarn", "-Xlint:none", "-d", classes.toString(),
        "-cp", classPath), null, files.getJavaFileObjectsFromPaths(sources)).call();
      return compiled ? "" : errors.toString();
    }
  }

  private static List<String> apiTypeNames() {
    List<String> names = new ArrayList<>();
    for (Class<?> api : API_CLASSES) {
      for (Field field : api.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
          names.add((String) value(field));
        } else if (Modifier.isStatic(field.getModifiers()) && field.getType() == Set.class) {
          ((Set<?>) value(field)).forEach(item -> names.add(String.valueOf(item)));
        }
      }
    }
    return names.stream().filter(name -> QUALIFIED_TYPE.matcher(name).matches()).distinct().toList();
  }

  /** Declares a field of each type in a probe file, analyses it with the verifier and lists the unknown types. */
  private static List<String> unresolved(List<String> typeNames) throws IOException {
    Path probe = Files.createTempDirectory("library-probe").resolve("LibraryProbe.java");
    String fields = typeNames.stream().map(name -> "  " + name + " f" + typeNames.indexOf(name) + ";").collect(Collectors.joining("\n"));
    Files.writeString(probe, "class LibraryProbe {\n" + fields + "\n}\n");
    List<String> unknown = new ArrayList<>();
    JavaFileScanner collector = (JavaFileScannerContext context) -> context.getTree().accept(new BaseTreeVisitor() {
      @Override
      public void visitVariable(VariableTree variable) {
        if (variable.type().symbolType().isUnknown()) {
          unknown.add(typeNames.get(Integer.parseInt(variable.simpleName().name().substring(1))));
        }
      }
    });
    CheckVerifier.newVerifier().onFile(probe.toString()).withCheck(collector).withClassPath(JavaCheckVerifier.LIBRARIES).verifyNoIssues();
    try (Stream<Path> files = Files.list(probe.getParent())) {
      files.forEach(file -> file.toFile().delete());
    }
    return unknown;
  }

  private static Object value(Field field) {
    try {
      return field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
