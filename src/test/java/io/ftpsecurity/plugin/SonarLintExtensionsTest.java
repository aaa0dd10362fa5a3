package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.TestSonarRuntime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sonar.api.Plugin;
import org.sonar.api.batch.sensor.Sensor;
import org.sonar.plugins.python.api.PythonCustomRuleRepository;
import org.sonarsource.sonarlint.core.commons.plugins.SonarPlugin;
import org.sonarsource.sonarlint.core.plugin.commons.ExtensionUtils;

/**
 * Which of our extensions SonarLint's engine installs, decided with the engine's own code (sonarlint-core 11.9):
 * an extension must carry {@code @SonarLintSide}, and a Sensor must also come from a plugin of SonarSource's.
 * SonarLintEngineIT proves the outcome in the engine itself.
 */
class SonarLintExtensionsTest {

  private static List<Object> extensions() {
    Plugin.Context context = new Plugin.Context(TestSonarRuntime.SONARQUBE_26_9);
    new FtpSecurityPlugin().define(context);
    return context.getExtensions();
  }

  /** sonar-python's sensor runs our rules because it receives the PythonCustomRuleRepository extensions in SonarLint. */
  @Test
  void the_rule_repository_reaches_sonarlint() {
    assertThat(extensions()).contains(PythonRuleRepository.class);
    assertThat(PythonCustomRuleRepository.class).isAssignableFrom(PythonRuleRepository.class);
    assertThat(ExtensionUtils.isSonarLintSide(PythonRuleRepository.class)).as("@SonarLintSide on PythonRuleRepository").isTrue();
  }

  @Test
  void only_the_rule_repository_and_the_notebook_sensor_carry_sonarlint_side() {
    assertThat(extensions().stream().filter(ExtensionUtils::isSonarLintSide))
      .containsExactlyInAnyOrder(PythonRuleRepository.class, NotebookSensor.class);
  }

  /** Our key is not SonarSource's, so the engine drops our NotebookSensor (which would do nothing there anyway). */
  @Test
  void the_engine_installs_no_sensor_of_ours() {
    assertThat(Sensor.class).isAssignableFrom(NotebookSensor.class);
    assertThat(SonarPlugin.findByKey("ftpsecurity")).as("ftpsecurity among SonarSource's plugins").isEmpty();
    assertThat(SonarPlugin.findByKey("python")).as("python among SonarSource's plugins").isPresent();
  }
}
