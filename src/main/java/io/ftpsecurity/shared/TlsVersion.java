package io.ftpsecurity.shared;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The SSL and TLS protocol versions, with the names each language gives them: JSSE's standard protocol names
 * ({@code TLSv1.1}) and the member names of Python's {@code ssl} module ({@code TLSv1_1}, as in
 * {@code TLSVersion.TLSv1_1}, {@code PROTOCOL_TLSv1_1}, {@code OP_NO_TLSv1_1}). Everything older than TLS 1.2 is weak:
 * RFC 8996 deprecates TLS 1.0 and 1.1, RFC 7568 SSL 3.0, RFC 6176 SSL 2.0.
 */
public enum TlsVersion {
  SSL_2("SSLv2", "SSLv2", true),
  SSL_3("SSLv3", "SSLv3", true),
  TLS_1_0("TLSv1", "TLSv1", true),
  TLS_1_1("TLSv1.1", "TLSv1_1", true),
  TLS_1_2("TLSv1.2", "TLSv1_2", false),
  TLS_1_3("TLSv1.3", "TLSv1_3", false);

  private final String javaName;
  private final String pythonName;
  private final boolean weak;

  TlsVersion(String javaName, String pythonName, boolean weak) {
    this.javaName = javaName;
    this.pythonName = pythonName;
    this.weak = weak;
  }

  public String javaName() {
    return javaName;
  }

  public String pythonName() {
    return pythonName;
  }

  public boolean isWeak() {
    return weak;
  }

  /** The weak versions' names in one language's spelling, each with a prefix ("PROTOCOL_", "OP_NO_" or none). */
  public static Set<String> weakNames(Function<TlsVersion, String> spelling, String prefix) {
    return Arrays.stream(values()).filter(TlsVersion::isWeak).map(version -> prefix + spelling.apply(version))
      .collect(Collectors.toUnmodifiableSet());
  }
}
