package io.ftpsecurity.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.ftpsecurity.testing.TestSonarRuntime;
import org.junit.jupiter.api.Test;
import org.sonar.api.Plugin;

class FtpSecurityPluginTest {

  @Test
  void registers_the_rule_repository_the_profile_and_the_notebook_sensor() {
    Plugin.Context context = new Plugin.Context(TestSonarRuntime.SONARQUBE_26_9);
    new FtpSecurityPlugin().define(context);
    assertThat(context.getExtensions()).containsExactlyInAnyOrder(PythonRuleRepository.class, FtpSecurityProfile.class,
      NotebookSensor.class);
  }
}
