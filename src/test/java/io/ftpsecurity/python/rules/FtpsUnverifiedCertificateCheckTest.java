package io.ftpsecurity.python.rules;

import io.ftpsecurity.testing.PythonCheckVerifier;
import org.junit.jupiter.api.Test;

class FtpsUnverifiedCertificateCheckTest {

  @Test
  void test() {
    PythonCheckVerifier.verify("FtpsUnverifiedCertificate.py", new FtpsUnverifiedCertificateCheck());
  }



  @Test
  void optional_ssl_import() {
    PythonCheckVerifier.verify("FtpsUnverifiedCertificate_optional_ssl.py", new FtpsUnverifiedCertificateCheck());
  }

  @Test
  void optional_ftp_tls_import() {
    PythonCheckVerifier.verifyNoIssue("FtpsUnverifiedCertificate_optional_ftp_tls.py", new FtpsUnverifiedCertificateCheck());
  }

  @Test
  void ftp_tls_built_by_third_party_libraries() {
    PythonCheckVerifier.verify("FtpsUnverifiedCertificate_libraries.py", new FtpsUnverifiedCertificateCheck());
  }
}
