package io.ftpsecurity.python.rules;

import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

@Rule(key = "FtpsIneffectiveTlsSetting")
public class FtpsIneffectiveTlsSettingCheck extends PythonSubscriptionCheck {
  @Override
  public void initialize(Context context) {
  }
}
