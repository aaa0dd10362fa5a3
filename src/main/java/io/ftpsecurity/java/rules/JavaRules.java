package io.ftpsecurity.java.rules;

import java.util.List;
import org.sonar.plugins.java.api.JavaCheck;

/** Every Java rule of the plugin; the repository, the check registrar, the profile and the meta-tests read this list. */
public final class JavaRules {

  private JavaRules() {
  }

  public static List<Class<? extends JavaCheck>> all() {
    return List.of(
      InsecureFtpCheck.class,
      DeceptiveFtpAliasCheck.class,
      FtpsUnverifiedCertificateCheck.class,
      FtpsUnprotectedDataChannelCheck.class,
      FtpsWeakTlsCheck.class,
      FtpsIneffectiveTlsSettingCheck.class,
      FtpHardcodedCredentialsCheck.class,
      SftpUnverifiedHostKeyCheck.class);
  }
}
