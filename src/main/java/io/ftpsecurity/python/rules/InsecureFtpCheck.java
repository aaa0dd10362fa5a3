package io.ftpsecurity.python.rules;

import org.sonar.plugins.python.api.PythonSubscriptionCheck;

public class InsecureFtpCheck extends PythonSubscriptionCheck {
  @Override
  public void initialize(Context context) {
  }
}
