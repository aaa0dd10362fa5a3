package io.ftpsecurity.python.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CipherStringsTest {

  @Test
  void strong_strings_select_no_weak_suite() {
    assertThat(CipherStrings.weakSelections("ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:DHE+CHACHA20:!aNULL:!MD5:!DSS")).isEmpty();
    assertThat(CipherStrings.weakSelections("HIGH:!aNULL:!eNULL")).isEmpty();
    assertThat(CipherStrings.weakSelections("DEFAULT")).isEmpty();
    assertThat(CipherStrings.weakSelections("ECDHE-RSA-AES128-GCM-SHA256")).isEmpty();
    assertThat(CipherStrings.weakSelections("@SECLEVEL=2:HIGH:@STRENGTH")).isEmpty();
    assertThat(CipherStrings.weakSelections("")).isEmpty();
  }

  @Test
  void weak_words_added_are_reported() {
    assertThat(CipherStrings.weakSelections("HIGH:RC4")).containsExactly("RC4");
    assertThat(CipherStrings.weakSelections("ECDHE+AESGCM ECDHE+RC4")).containsExactly("ECDHE+RC4");
    assertThat(CipherStrings.weakSelections("HIGH,3DES,eNULL")).containsExactly("3DES", "eNULL");
    assertThat(CipherStrings.weakSelections("EXP:LOW;MD5")).containsExactly("EXP", "LOW", "MD5");
    assertThat(CipherStrings.weakSelections("ADH:AECDH")).containsExactly("ADH", "AECDH");
  }

  @Test
  void suite_names_are_read_by_their_parts() {
    assertThat(CipherStrings.weakSelections("ECDHE-RSA-RC4-SHA")).containsExactly("ECDHE-RSA-RC4-SHA");
    assertThat(CipherStrings.weakSelections("DES-CBC3-SHA")).containsExactly("DES-CBC3-SHA");
    assertThat(CipherStrings.weakSelections("DES-CBC3-SHA:!3DES")).isEmpty();
    assertThat(CipherStrings.weakSelections("NULL-MD5:!MD5")).isEmpty();
    assertThat(CipherStrings.weakSelections("ADH-AES128-SHA:!aNULL")).isEmpty();
  }

  @Test
  void bang_excludes_for_good_wherever_it_stands() {
    assertThat(CipherStrings.weakSelections("!RC4:RC4")).isEmpty();
    assertThat(CipherStrings.weakSelections("RC4:!RC4")).isEmpty();
    assertThat(CipherStrings.weakSelections("ADH:!aNULL")).isEmpty();
    assertThat(CipherStrings.weakSelections("NULL:!eNULL")).isEmpty();
    assertThat(CipherStrings.weakSelections("eNULL:!NULL")).isEmpty();
    assertThat(CipherStrings.weakSelections("EXPORT40:!EXPORT")).isEmpty();
    assertThat(CipherStrings.weakSelections("ECDHE+RC4:!ECDHE")).isEmpty();
    // excluding a narrower word leaves the rest of the class
    assertThat(CipherStrings.weakSelections("aNULL:!ADH")).containsExactly("aNULL");
    assertThat(CipherStrings.weakSelections("3DES:!DES")).containsExactly("3DES");
  }

  @Test
  void minus_removes_only_what_was_added_before() {
    assertThat(CipherStrings.weakSelections("HIGH:RC4:-RC4")).isEmpty();
    assertThat(CipherStrings.weakSelections("HIGH:-RC4:RC4")).containsExactly("RC4");
  }

  @Test
  void catch_all_words() {
    assertThat(CipherStrings.weakSelections("ALL")).containsExactly("ALL");
    assertThat(CipherStrings.weakSelections("ALL:!aNULL")).isEmpty();
    assertThat(CipherStrings.weakSelections("ALL:-aNULL")).isEmpty();
    assertThat(CipherStrings.weakSelections("ALL:!ADH")).containsExactly("ALL");
    assertThat(CipherStrings.weakSelections("DEFAULT:RC4")).containsExactly("RC4");
    assertThat(CipherStrings.weakSelections("DEFAULT:+3DES")).containsExactly("+3DES");
    assertThat(CipherStrings.weakSelections("HIGH:+3DES")).isEmpty();
    assertThat(CipherStrings.weakSelections("ALL:!aNULL:+RC4:!RC4")).isEmpty();
  }

  @Test
  void case_matters_as_in_openssl() {
    assertThat(CipherStrings.weakSelections("rc4")).isEmpty();
  }
}
