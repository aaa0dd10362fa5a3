import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPHTTPClient;
import org.apache.commons.net.ftp.FTPSClient;

class DeceptiveFtpAlias {

  static class SecureFtpClient extends FTPClient { // Noncompliant {{Rename "SecureFtpClient": it is a cleartext "FTPClient", which encrypts nothing.}}
//             ^^^^^^^^^^^^^^^
  }

  static class EncryptedTransfer extends SecureFtpClient { // Noncompliant
  }

  static class TlsProxyClient extends FTPHTTPClient { // Noncompliant {{Rename "TlsProxyClient": it is a cleartext "FTPHTTPClient", which encrypts nothing.}}
    TlsProxyClient() {
      super("proxy", 8080);
    }
  }

  static class SecureFtpsClient extends FTPSClient { // Compliant: it is FTPS
  }

  static class InsecureFtpClient extends FTPClient { // Compliant: the name is honest
  }

  static class ReportClient extends FTPClient { // Compliant: the name promises nothing
  }

  static class SecureStore { // Compliant: no FTP client
  }

  void anonymous() {
    FTPClient client = new FTPClient() { }; // Compliant: an anonymous class has no name
  }

  // ---------------------------------------------------------------- accepted gaps

  void fn_secure_sounding_variable() {
    // Java has no import alias: only class names are checked. InsecureFtp reports this client all the same
    FTPClient secureFtp = new FTPClient();
  }
}
