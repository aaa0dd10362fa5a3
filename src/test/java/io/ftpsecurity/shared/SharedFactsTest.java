package io.ftpsecurity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The language-neutral facts, in the spelling each language reads them. */
class SharedFactsTest {

  @Test
  void weak_tls_versions_in_java_and_python_spelling() {
    assertThat(TlsVersion.weakNames(TlsVersion::javaName, "")).containsExactlyInAnyOrder("SSLv2", "SSLv3", "TLSv1", "TLSv1.1");
    assertThat(TlsVersion.weakNames(TlsVersion::pythonName, "PROTOCOL_"))
      .containsExactlyInAnyOrder("PROTOCOL_SSLv2", "PROTOCOL_SSLv3", "PROTOCOL_TLSv1", "PROTOCOL_TLSv1_1");
  }

  @Test
  void weak_cipher_families_of_standard_suite_names() {
    assertThat(WeakCipherFamily.ofSuiteName("TLS_RSA_WITH_RC4_128_SHA")).contains(WeakCipherFamily.RC4);
    assertThat(WeakCipherFamily.ofSuiteName("SSL_DH_anon_WITH_DES_CBC_SHA")).contains(WeakCipherFamily.ANONYMOUS);
    assertThat(WeakCipherFamily.ofSuiteName("SSL_RSA_EXPORT_WITH_DES40_CBC_SHA")).contains(WeakCipherFamily.EXPORT);
    assertThat(WeakCipherFamily.ofSuiteName("TLS_RSA_WITH_DES_CBC_SHA")).contains(WeakCipherFamily.DES);
    assertThat(WeakCipherFamily.ofSuiteName("TLS_RSA_WITH_3DES_EDE_CBC_SHA")).contains(WeakCipherFamily.TRIPLE_DES);
    assertThat(WeakCipherFamily.ofSuiteName("TLS_ECDH_ECDSA_WITH_NULL_SHA")).contains(WeakCipherFamily.NO_ENCRYPTION);
    assertThat(WeakCipherFamily.ofSuiteName("SSL_RSA_WITH_RC4_128_MD5")).isPresent();
    assertThat(WeakCipherFamily.ofSuiteName("TLS_AES_256_GCM_SHA384")).isEmpty();
    assertThat(WeakCipherFamily.ofSuiteName("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256")).isEmpty();
    assertThat(WeakCipherFamily.ofSuiteName("TLS_EMPTY_RENEGOTIATION_INFO_SCSV")).isEmpty();
  }

  @Test
  void openssl_words_map_to_their_family_class() {
    assertThat(WeakCipherFamily.openSslWordClasses())
      .containsEntry("ADH", "aNULL").containsEntry("NULL", "eNULL").containsEntry("EXPORT40", "EXP").containsEntry("3DES", "3DES")
      .hasSize(18);
  }

  @Test
  void url_user_info() {
    assertThat(UrlUserInfo.of("ftp://bob:pw@host/x", "ftp://")).contains(new UrlUserInfo("bob", 10, 12));
    assertThat(UrlUserInfo.of("https://bob:pw@host/x", "ftp://")).isEmpty();
  }

  @Test
  void url_schemes_compare_as_stripped_and_lowercased() {
    List<String> urls = List.of("ftp://h", "FTP://h", " \t\nFtP://h", "ftp:/h", "ftp:", "", "   ", "sftp://h", "SSH://h",
      "\u212Aftp://h", "\u0130ftp://h", "\u017Fsh://h", "\u00A0ftp://h", "\u2003ftp://h", "ftp://", "ftp:// ");
    for (String url : urls) {
      for (String scheme : List.of("ftp://", "sftp://", "ssh://")) {
        assertThat(UrlUserInfo.hasScheme(url, scheme)).as(url + " " + scheme)
          .isEqualTo(url.strip().toLowerCase(Locale.ROOT).startsWith(scheme));
      }
    }
    assertThat(UrlUserInfo.of(" \tFTP://bob:pw@host/x", "ftp://")).contains(new UrlUserInfo("bob", 12, 14));
  }

  @Test
  void secure_names() {
    assertThat(SecureNames.soundsSecure("SecureFtpClient", SecureNames.DEFAULT_PATTERN)).isTrue();
    assertThat(SecureNames.soundsSecure("InsecureFtpClient", SecureNames.DEFAULT_PATTERN)).isFalse();
    assertThat(SecureNames.soundsSecure("VAULT_ftp", "vault")).isTrue();
  }

  /** The default pattern's quick test of its words answers as the expression alone, ASCII and other letters alike. */
  @Test
  void secure_names_of_the_default_pattern_are_those_of_the_expression() {
    Pattern expression = Pattern.compile(SecureNames.DEFAULT_PATTERN, Pattern.CASE_INSENSITIVE);
    List<String> names = List.of("", "ftp", "FTP", "client", "transport", "SecureFtpClient", "SECURE", "sEcUrItY",
      "InsecureFtpClient", "unsafe_ftp", "SafeFtp", "ftp_tls", "FTP_TLS", "FtpS", "sftp", "HTTPS_MIRROR", "Encrypted",
      "unencrypted", "trusted", "Untrusted", "verified", "UNVERIFIED", "hardened", "PrivateLink", "notls_client",
      "no_ssl", "nossl", "sslContext", "plain_1", "tls_17", "uploader", "Secure12",
      // a word of each kind in one name: the honest one wins wherever it stands
      "tls_unverified", "InsecureButTls", "SAFE_NOSSL", "NoTLS", "sftp_no_tls", "untrusted_ssl", "ssl_nos_sl",
      // letters outside ASCII: the expression folds the case of ASCII letters only
      "SECUR\u0130TY", "ver\u0130f", "\u00FCnsafe_tls", "Insecure\u00E9tls", "\u212Aeep", "\u017Fafe", "s\u00E9cure", "T\u0141S", "tl\u017F");
    for (String name : names) {
      String text = name.translateEscapes();
      assertThat(SecureNames.soundsSecure(text, SecureNames.DEFAULT_PATTERN)).as(name).isEqualTo(expression.matcher(text).find());
    }
  }
}
