package io.ftpsecurity.python.rules;

import java.util.List;

/** Every Python rule of the plugin; the repository, the profile and the meta-tests read this list. */
public final class PythonRules {

  private PythonRules() {
  }

  public static List<Class<?>> all() {
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
