package io.ftpsecurity.shared;

import java.util.Arrays;
import java.util.List;

/**
 * The plugin's rules: the same keys, meaning the same thing, in Python and in Java. Each language's rules package
 * has one check per key, named {@code <key>Check}, and lists them with {@link #checksIn}; the meta-tests check that
 * every check class of a package is one of these.
 */
public enum RuleKey {
  INSECURE_FTP("InsecureFtp"),
  DECEPTIVE_FTP_ALIAS("DeceptiveFtpAlias"),
  FTPS_UNVERIFIED_CERTIFICATE("FtpsUnverifiedCertificate"),
  FTPS_UNPROTECTED_DATA_CHANNEL("FtpsUnprotectedDataChannel"),
  FTPS_WEAK_TLS("FtpsWeakTls"),
  FTPS_INEFFECTIVE_TLS_SETTING("FtpsIneffectiveTlsSetting"),
  FTP_HARDCODED_CREDENTIALS("FtpHardcodedCredentials"),
  SFTP_UNVERIFIED_HOST_KEY("SftpUnverifiedHostKey");

  private final String key;

  RuleKey(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The check classes of one language, in the order of the keys: {@code <rulesPackage>.<key>Check}, each a {@code base}. */
  public static <T> List<Class<? extends T>> checksIn(String rulesPackage, Class<T> base) {
    return Arrays.stream(values()).<Class<? extends T>>map(rule -> rule.checkIn(rulesPackage, base)).toList();
  }

  private <T> Class<? extends T> checkIn(String rulesPackage, Class<T> base) {
    String name = rulesPackage + "." + key + "Check";
    try {
      return Class.forName(name, false, RuleKey.class.getClassLoader()).asSubclass(base);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("rule " + key + " has no check " + name, e);
    }
  }
}
