package io.ftpsecurity.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cipher-suite families that give no real protection: no encryption, no server authentication, export-grade
 * keys, or broken algorithms. Each family has the words that select it in an OpenSSL cipher string (what Python's
 * {@code ssl} passes to OpenSSL; the first word is the family's own class, which excluding also excludes the
 * others) and the part that marks it in a standard (IANA) suite name, as JSSE spells them
 * ({@code TLS_RSA_WITH_RC4_128_SHA}, {@code SSL_DH_anon_WITH_DES_CBC_SHA}).
 */
public enum WeakCipherFamily {
  NO_ENCRYPTION("no encryption", List.of("eNULL", "NULL", "COMPLEMENTOFALL"), "_WITH_NULL_"),
  ANONYMOUS("no server authentication", List.of("aNULL", "ADH", "AECDH", "COMPLEMENTOFDEFAULT"), "_anon_"),
  EXPORT("export-grade keys", List.of("EXP", "EXPORT", "EXPORT40", "EXPORT56"), "_EXPORT"),
  LOW("low-strength keys", List.of("LOW"), null),
  RC4("RC4", List.of("RC4"), "_RC4_"),
  RC2("RC2", List.of("RC2"), "_RC2_"),
  MD5("MD5", List.of("MD5"), "_MD5"),
  DES("DES", List.of("DES"), "_DES"),
  TRIPLE_DES("3DES", List.of("3DES"), "_3DES_"),
  IDEA("IDEA", List.of("IDEA"), "_IDEA_");

  /** In a suite name the marker stands between underscores or at its end: _DES_, _DES40_, _MD5. */
  private static final Pattern SUITE_NAME_PART_END = Pattern.compile("[_\\d]|$");

  private final String displayName;
  private final List<String> openSslWords;
  private final String suiteNamePart;

  WeakCipherFamily(String displayName, List<String> openSslWords, String suiteNamePart) {
    this.displayName = displayName;
    this.openSslWords = openSslWords;
    this.suiteNamePart = suiteNamePart;
  }

  /** What the family lacks or uses, for messages: "no encryption", "RC4". */
  public String displayName() {
    return displayName;
  }

  public String openSslClass() {
    return openSslWords.get(0);
  }

  /** Every OpenSSL cipher-string word that selects weak suites, mapped to the class of its family. */
  public static Map<String, String> openSslWordClasses() {
    return Arrays.stream(values()).flatMap(family -> family.openSslWords.stream().map(word -> Map.entry(word, family.openSslClass())))
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The family a standard suite name belongs to ({@code TLS_RSA_WITH_RC4_128_SHA}: RC4), if it is weak. */
  public static Optional<WeakCipherFamily> ofSuiteName(String suiteName) {
    return Arrays.stream(values()).filter(family -> family.marks(suiteName)).findFirst();
  }

  private boolean marks(String suiteName) {
    if (suiteNamePart == null) {
      return false;
    }
    int at = suiteName.indexOf(suiteNamePart);
    while (at >= 0) {
      int end = at + suiteNamePart.length();
      if (suiteNamePart.endsWith("_") || SUITE_NAME_PART_END.matcher(suiteName).region(end, suiteName.length()).lookingAt()) {
        return true;
      }
      at = suiteName.indexOf(suiteNamePart, end);
    }
    return false;
  }
}
