import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.commons.net.ftp.FTPSClient;
import org.springframework.integration.ftp.session.DefaultFtpsSessionFactory;

class FtpsWeakTls {

  static final String OLD = "TLSv1.1";

  void protocols(String configured) throws Exception {
    new FTPSClient("TLSv1"); // Noncompliant {{Use TLS 1.2 or later: "TLSv1" is broken or deprecated (RFC 8996).}}
//                 ^^^^^^^
    new FTPSClient(OLD, true); // Noncompliant
    new FTPSClient("SSLv3"); // Noncompliant

    new FTPSClient("TLSv1.2"); // Compliant
    new FTPSClient("TLSv1.3", true);
    new FTPSClient("TLS"); // Compliant: the provider's defaults, TLS 1.2 and 1.3 on current JDKs
    new FTPSClient("SSL"); // Compliant: in JSSE an alias of "TLS"
    new FTPSClient(configured);
  }

  void contexts() throws Exception {
    SSLContext old = SSLContext.getInstance("TLSv1.1"); // Noncompliant [[secondary=+1]]
    new FTPSClient(old);
    new FTPSClient(true, SSLContext.getInstance("SSLv3")); // Noncompliant

    new FTPSClient(SSLContext.getInstance("TLSv1.3"));
    SSLContext notForFtps = SSLContext.getInstance("TLSv1"); // Compliant: given to no FTPS client
  }

  void enabled(FTPSClient client, String[] configured) {
    client.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.1"}); // Noncompliant {{Use TLS 1.2 or later: "TLSv1.1" is broken or deprecated (RFC 8996).}}
//                                                      ^^^^^^^^^
    String[] protocols = {"SSLv2Hello", "TLSv1.3"}; // Noncompliant
    client.setEnabledProtocols(protocols);
    client.setEnabledCipherSuites(new String[] {
      "TLS_AES_128_GCM_SHA256",
      "TLS_RSA_WITH_RC4_128_SHA", // Noncompliant {{Remove this weak cipher suite (RC4): it gives this FTPS connection little or no protection.}}
      "TLS_DH_anon_WITH_AES_128_CBC_SHA", // Noncompliant {{Remove this weak cipher suite (no server authentication): it gives this FTPS connection little or no protection.}}
      "SSL_RSA_EXPORT_WITH_DES40_CBC_SHA", // Noncompliant {{Remove this weak cipher suite (export-grade keys): it gives this FTPS connection little or no protection.}}
      "TLS_RSA_WITH_NULL_SHA256", // Noncompliant
      "SSL_RSA_WITH_3DES_EDE_CBC_SHA", // Noncompliant {{Remove this weak cipher suite (3DES): it gives this FTPS connection little or no protection.}}
      "TLS_RSA_WITH_DES_CBC_SHA", // Noncompliant {{Remove this weak cipher suite (DES): it gives this FTPS connection little or no protection.}}
      "SSL_RSA_WITH_RC4_128_MD5", // Noncompliant
      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
      "TLS_EMPTY_RENEGOTIATION_INFO_SCSV"});
    client.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
    client.setEnabledProtocols(configured);
  }

  void spring(DefaultFtpsSessionFactory factory) {
    factory.setProtocol("TLSv1"); // Noncompliant
    factory.setProtocols(new String[] {"TLSv1.1"}); // Noncompliant
    factory.setCipherSuites(new String[] {"TLS_RSA_WITH_RC4_128_SHA"}); // Noncompliant
    factory.setProtocol("TLSv1.3");
  }

  // ---------------------------------------------------------------- accepted gaps

  void fn_protocols_from_a_list(FTPSClient client) {
    // only arrays written out in the code are read element by element
    client.setEnabledProtocols(List.of("TLSv1", "TLSv1.2").toArray(new String[0]));
  }

  void fn_protocol_from_a_helper_method() {
    // what another method returns is not followed
    new FTPSClient(legacyProtocol());
  }

  String legacyProtocol() {
    return "TLSv1";
  }
}
