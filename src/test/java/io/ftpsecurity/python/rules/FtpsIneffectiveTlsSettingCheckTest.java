package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sonar.plugins.python.api.ProjectPythonVersion;
import org.sonar.plugins.python.api.PythonVersionUtils;

class FtpsIneffectiveTlsSettingCheckTest {

  @AfterEach
  void resetPythonVersion() {
    ProjectPythonVersion.setCurrentVersions(PythonVersionUtils.allVersions());
  }

  @Test
  void test_with_default_versions_which_include_312() {
    PythonCheckVerifier.verify("FtpsIneffectiveTlsSetting.py", new FtpsIneffectiveTlsSettingCheck());
  }

  @Test
  void test_with_312_only() {
    ProjectPythonVersion.setCurrentVersions(Set.of(PythonVersionUtils.Version.V_312));
    PythonCheckVerifier.verify("FtpsIneffectiveTlsSetting.py", new FtpsIneffectiveTlsSettingCheck());
  }

  @Test
  void removed_options_are_fine_before_312() {
    ProjectPythonVersion.setCurrentVersions(Set.of(PythonVersionUtils.Version.V_310, PythonVersionUtils.Version.V_311));
    PythonCheckVerifier.verify("FtpsIneffectiveTlsSetting_python311.py", new FtpsIneffectiveTlsSettingCheck());
  }

  @Test
  void optionally_imported_ftp_tls() {
    PythonCheckVerifier.verify("FtpsIneffectiveTlsSetting_optional_import.py", new FtpsIneffectiveTlsSettingCheck());
  }


}
