package io.ftpsecurity.python.analysis;

import io.ftpsecurity.python.api.SslApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an OpenSSL cipher string the way OpenSSL does, to tell which of its tokens leave weak suites enabled.
 * Tokens are separated by ':', ',', ';' or spaces; {@code A+B} selects the suites in both A and B; a {@code !}
 * prefix removes suites for good (wherever it stands), {@code -} removes those added so far, {@code +} only moves
 * suites already in the list, and {@code @...} are commands.
 */
public final class CipherStrings {

  private static final Pattern SEPARATORS = Pattern.compile("[:,; ]+");
  private static final Pattern SUITE_NAME_PARTS = Pattern.compile("-");

  /** A token that added suites: its original text and the words it intersects. */
  private record Selection(String token, List<String> parts) {
  }

  private CipherStrings() {
  }

  /** The tokens, in order, whose weak suites are still in the final list; empty when the string is strong. */
  public static List<String> weakSelections(String cipherString) {
    List<String> tokens = Arrays.stream(SEPARATORS.split(cipherString.trim())).filter(t -> !t.isEmpty()).toList();
    Set<String> excludedForGood = new HashSet<>();
    tokens.stream().filter(t -> t.startsWith("!")).forEach(t -> excludedForGood.add(t.substring(1)));

    List<Selection> selected = new ArrayList<>();
    boolean catchAllSeen = false;
    for (String token : tokens) {
      char prefix = token.charAt(0);
      String body = token.substring(1);
      if (prefix == '!' || prefix == '@') {
        continue;
      }
      if (prefix == '-') {
        selected.removeIf(selection -> selection.parts().stream().anyMatch(part -> isCoveredBy(part, body)));
      } else if (prefix == '+') {
        // Moving suites to the end keeps them: after ALL or DEFAULT, "+RC4" means RC4 suites are in the list.
        if (catchAllSeen) {
          selected.add(new Selection(token, weakWordsOf(body)));
        }
      } else {
        catchAllSeen |= SslApi.CATCH_ALL_CIPHER_WORDS.contains(token);
        selected.add(new Selection(token, SslApi.ALL_CIPHERS.equals(token)
          ? List.of(SslApi.ALL_CIPHERS_WEAK_CLASS)
          : weakWordsOf(token)));
      }
    }
    return selected.stream()
      .filter(selection -> !selection.parts().isEmpty())
      .filter(selection -> selection.parts().stream().noneMatch(part -> excludedForGood.stream().anyMatch(ex -> isCoveredBy(part, ex))))
      .map(Selection::token)
      .distinct()
      .toList();
  }

  /**
   * The words a token intersects, when at least one of them is weak (else none: the token adds only strong suites).
   * Strong parts are kept so that "!ECDHE" also cancels "ECDHE+RC4".
   */
  private static List<String> weakWordsOf(String token) {
    List<String> parts = new ArrayList<>();
    boolean weak = false;
    for (String part : token.split("\\+")) {
      if (part.contains("-")) {
        List<String> suiteWords = suiteNameWords(part);
        weak |= !suiteWords.isEmpty();
        parts.addAll(suiteWords);
      } else {
        weak |= SslApi.WEAK_CIPHER_WORDS.containsKey(part);
        parts.add(part);
      }
    }
    return weak ? parts : List.of();
  }

  /** The weak cipher words a full suite name such as DES-CBC3-SHA belongs to. */
  private static List<String> suiteNameWords(String suiteName) {
    List<String> names = Arrays.asList(SUITE_NAME_PARTS.split(suiteName));
    boolean tripleDes = names.contains(SslApi.TRIPLE_DES_SUITE_PART);
    return names.stream()
      .filter(SslApi.WEAK_SUITE_NAME_PARTS::containsKey)
      .filter(name -> !(tripleDes && "DES".equals(name)))
      .map(SslApi.WEAK_SUITE_NAME_PARTS::get)
      .toList();
  }

  /** Whether removing {@code excluded} also removes the suites of {@code word}: the same word, an alias or its class. */
  private static boolean isCoveredBy(String word, String excluded) {
    if (word.equals(excluded)) {
      return true;
    }
    String excludedClass = SslApi.CIPHER_WORD_ALIASES.getOrDefault(excluded, excluded);
    return excludedClass.equals(SslApi.WEAK_CIPHER_WORDS.get(word));
  }
}
