package io.ftpsecurity.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Names that promise protection: what rule DeceptiveFtpAlias looks for in either language. */
public final class SecureNames {

  public static final String PARAMETER_KEY = "securePattern";
  public static final String PARAMETER_DESCRIPTION =
    "Case-insensitive regular expression, searched in the name, for names that sound secure";
  /**
   * Words that promise protection, unless the name also says the opposite ("insecure", "unsafe",
   * "unencrypted"...), which is honest.
   */
  public static final String DEFAULT_PATTERN = "^(?!.*(insecur|unsafe|unencrypt|unprotect|untrust|unverif|nossl|notls|no_ssl|no_tls))"
    + ".*(secur|safe|tls|ssl|sftp|ftps|crypt|https|protect|trust|verif|harden|private)";

  /** Each pattern a profile sets, compiled once: checks are made anew for every analysis. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private SecureNames() {
  }

  /** Whether the name sounds secure by the rule's parameter (a {@code securePattern}, case-insensitive). */
  public static boolean soundsSecure(String name, String securePattern) {
    return COMPILED.computeIfAbsent(securePattern, pattern -> Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)).matcher(name).find();
  }
}
