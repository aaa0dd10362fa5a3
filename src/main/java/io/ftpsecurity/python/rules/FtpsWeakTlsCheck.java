package io.ftpsecurity.python.rules;

import org.sonar.check.Rule;
import org.sonar.plugins.python.api.PythonSubscriptionCheck;

@Rule(key = "FtpsWeakTls")
public class FtpsWeakTlsCheck extends PythonSubscriptionCheck {
  @Override
  public void initialize(Context context) {
  }
}
