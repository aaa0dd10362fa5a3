import org.apache.commons.net.ftp.FTPClient;

class DeceptiveFtpAliasCustomPattern {

  static class VaultClient extends FTPClient { // Noncompliant {{Rename "VaultClient": it is a cleartext "FTPClient", which encrypts nothing.}}
  }

  static class SecureFtpClient extends FTPClient { // Compliant: the custom pattern only names vaults
  }
}
