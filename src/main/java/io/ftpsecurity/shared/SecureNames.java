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
  /** Words that promise protection, written once: the default pattern searches them, the quick test below too. */
  private static final String SECURE_WORDS = "secur|safe|tls|ssl|sftp|ftps|crypt|https|protect|trust|verif|harden|private";
  /** Words that say the opposite ("insecure", "unsafe", "unencrypted"...), which is honest. */
  private static final String HONEST_WORDS = "insecur|unsafe|unencrypt|unprotect|untrust|unverif|nossl|notls|no_ssl|no_tls";
  /** Words that promise protection, unless the name also holds one that says the opposite. */
  public static final String DEFAULT_PATTERN = "^(?!.*(" + HONEST_WORDS + ")).*(" + SECURE_WORDS + ")";
  /**
   * The words of {@link #DEFAULT_PATTERN}: a name in ASCII is answered from its lower-case text, with no expression
   * (a file binds thousands of names such as {@code tls_17}); only a name with other letters is left to it.
   */
  private static final List<String> DEFAULT_WORDS = List.of(SECURE_WORDS.split("\\|"));
  private static final List<String> DEFAULT_HONEST_WORDS = List.of(HONEST_WORDS.split("\\|"));

  /** Each pattern a profile sets, compiled once: checks are made anew for every analysis. */
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private SecureNames() {
  }

  /** Whether the name sounds secure by the rule's parameter (a {@code securePattern}, case-insensitive). */
  public static boolean soundsSecure(String name, String securePattern) {
    if (DEFAULT_PATTERN.equals(securePattern)) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (!holdsAny(lower, DEFAULT_WORDS)) {
        return false;
      }
      if (isAscii(name)) {
        return !holdsAny(lower, DEFAULT_HONEST_WORDS);
      }
    }
    return COMPILED.computeIfAbsent(securePattern, pattern -> Pattern.compile(pattern, Pattern.CASE_INSENSITIVE)).matcher(name).find();
  }

  /**
   * Whether the lower-case name holds one of the words. The pattern folds the case of ASCII letters only; the lower
   * case of the whole name keeps every run of ASCII letters as it is, lower-cased, so a name without a secure word
   * is not one the pattern matches. In an ASCII name both fold alike, so its words answer as the pattern would.
   */
  private static boolean holdsAny(String lower, List<String> words) {
    for (String word : words) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }
}
