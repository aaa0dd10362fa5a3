package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.TestSonarRuntime;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.Plugin;

class FtpSecurityPluginTest {

  private static final List<Object> PYTHON_EXTENSIONS = List.of(PythonRuleRepository.class, FtpSecurityProfile.class, NotebookSensor.class);
  private static final List<Object> JAVA_EXTENSIONS = List.of(JavaRuleRepository.class, JavaCheckRegistrar.class, JavaFtpSecurityProfile.class);

  @Test
  void registers_both_languages_when_both_analyzers_are_there() {
    Plugin.Context context = new Plugin.Context(TestSonarRuntime.SONARQUBE_26_9);
    new FtpSecurityPlugin().define(context);
    assertThat(context.getExtensions()).containsExactlyInAnyOrderElementsOf(concat(PYTHON_EXTENSIONS, JAVA_EXTENSIONS));
  }

  @Test
  void defining_twice_registers_the_same_extensions_again() {
    Plugin.Context first = new Plugin.Context(TestSonarRuntime.SONARQUBE_26_9);
    Plugin.Context second = new Plugin.Context(TestSonarRuntime.SONARQUBE_26_9);
    FtpSecurityPlugin plugin = new FtpSecurityPlugin();
    plugin.define(first);
    plugin.define(second);
    assertThat(second.getExtensions()).containsExactlyInAnyOrderElementsOf(first.getExtensions());
  }

  @Test
  void without_the_java_analyzer_registers_only_python_and_loads_no_java_api() throws Exception {
    assertThat(extensionNamesWithout("org.sonar.plugins.java.")).containsExactlyInAnyOrderElementsOf(names(PYTHON_EXTENSIONS));
  }

  @Test
  void without_the_python_analyzer_registers_only_java_and_loads_no_python_api() throws Exception {
    assertThat(extensionNamesWithout("org.sonar.plugins.python.")).containsExactlyInAnyOrderElementsOf(names(JAVA_EXTENSIONS));
  }

  /**
   * Loads the plugin from target/classes in a class loader that cannot see one analyzer (as SonarQube's plugin
   * class loader on a project without that language) and lists what define() registers. Registering a class of
   * the missing language, or reaching its API at all, fails here with NoClassDefFoundError.
   */
  private static List<String> extensionNamesWithout(String hiddenPackage) throws Exception {
    ClassLoader withoutAnalyzer = new ClassLoader(FtpSecurityPluginTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(hiddenPackage) || name.startsWith("io.ftpsecurity.")) {
          throw new ClassNotFoundException(name);
        }
        return super.loadClass(name, resolve);
      }
    };
    try (URLClassLoader pluginLoader = new URLClassLoader(new URL[] {Path.of("target/classes").toUri().toURL()}, withoutAnalyzer)) {
      Plugin plugin = (Plugin) pluginLoader.loadClass(FtpSecurityPlugin.class.getName()).getDeclaredConstructor().newInstance();
      Plugin.Context context = new Plugin.Context(TestSonarRuntime.SONARQUBE_26_9);
      plugin.define(context);
      for (Object extension : context.getExtensions()) {
        // what SonarQube does next with each extension: load and link it
        Class.forName(((Class<?>) extension).getName(), true, pluginLoader).getConstructors();
      }
      return context.getExtensions().stream().map(extension -> ((Class<?>) extension).getName()).toList();
    }
  }

  private static List<String> names(List<Object> extensions) {
    return extensions.stream().map(extension -> ((Class<?>) extension).getName()).toList();
  }

  private static List<Object> concat(List<Object> first, List<Object> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
