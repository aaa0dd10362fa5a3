package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.SonarProduct;
import org.sonar.api.SonarRuntime;
import org.sonar.api.batch.rule.ActiveRules;
import org.sonar.api.batch.rule.CheckFactory;
import org.sonar.api.batch.sensor.SensorContext;
import org.sonar.api.batch.sensor.SensorDescriptor;

/** The sensor's wiring; what it reports on notebooks is proved against a real server by FtpSecurityPluginIT. */
class NotebookSensorTest {

  @Test
  void runs_on_notebooks_with_the_rules_of_our_repository() {
    List<String> calls = new ArrayList<>();
    SensorDescriptor descriptor = (SensorDescriptor) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {SensorDescriptor.class}, (proxy, method, args) -> {
        calls.add(method.getName() + Arrays.deepToString(args));
        return proxy;
      });
    new NotebookSensor(new CheckFactory(unused(ActiveRules.class))).describe(descriptor);
    assertThat(calls).contains("onlyOnLanguage[ipynb]", "createIssuesForRuleRepository[[ftp-python]]");
  }

  /** SonarLint installs no sensor of ours (SonarLintExtensionsTest); should a later engine do, this one stays idle. */
  @Test
  void does_nothing_in_sonarlint() {
    SonarRuntime sonarLint = (SonarRuntime) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {SonarRuntime.class}, (proxy, method, args) -> {
        assertThat(method.getName()).isEqualTo("getProduct");
        return SonarProduct.SONARLINT;
      });
    SensorContext context = (SensorContext) Proxy.newProxyInstance(getClass().getClassLoader(),
      new Class<?>[] {SensorContext.class}, (proxy, method, args) -> {
        assertThat(method.getName()).as("SensorContext call in SonarLint").isEqualTo("runtime");
        return sonarLint;
      });
    assertThatCode(() -> new NotebookSensor(new CheckFactory(unused(ActiveRules.class))).execute(context))
      .doesNotThrowAnyException();
  }

  private static <T> T unused(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(NotebookSensorTest.class.getClassLoader(), new Class<?>[] {type},
      (proxy, method, args) -> {
        throw new AssertionError("unexpected call " + method.getName());
      }));
  }
}
