package io.ftpsecurity.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Names that promise protection: what rule DeceptiveFtpAlias looks for in either language. */
public final class SecureNames {

  public static final String PARAMETER_KEY = "securePattern";
  public static final String PARAMETER_DESCRIPTION =
    "Case-insensitive regular expression, searched in the name, for names that sound secure";
  /** Words that promise protection, written once: the default pattern searches them, the pre-test below too. */
  private static final String SECURE_WORDS = "secur|safe|tls|ssl|sftp|ftps|crypt|https|protect|trust|verif|harden|private";
  /**
   * Words that promise protection, unless the name also says the opposite ("insecure", "unsafe",
   * "unencrypted"...), which is honest.
   */
  public static final String DEFAULT_PATTERN = "^(?!.*(insecur|unsafe|unencrypt|unprotect|untrust|unverif|nossl|notls|no_ssl|no_tls))"
    + ".*(" + SECURE_WORDS + ")";
  /**
   * The words of {@link #DEFAULT_PATTERN} one of which a name must hold to match it: most names hold none, and are
   * answered by a few searches of their lower-case text instead of the expression's backtracking.
   */
  private static final List<String> DEFAULT_WORDS = List.of(SECURE_WORDS.split("\\|"));

  /** Each pattern a profile sets, compiled once: checks are made anew for every analysis. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private SecureNames() {
  }

  /** Whether the name sounds secure by the rule's parameter (a {@code securePattern}, case-insensitive). */
  public static boolean soundsSecure(String name, String securePattern) {
    if (DEFAULT_PATTERN.equals(securePattern) && !holdsDefaultWord(name)) {
      return false;
    }
    return COMPILED.computeIfAbsent(securePattern, pattern -> Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)).matcher(name).find();
  }

  /**
   * Whether the name holds a word of the default pattern in any case. The pattern folds the case of ASCII letters only;
   * the lower case of the whole name keeps every run of ASCII letters as it is, lower-cased, so no name the pattern
   * matches is missed (a name this lets through is still searched with the pattern).
   */
  private static boolean holdsDefaultWord(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String word : DEFAULT_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
