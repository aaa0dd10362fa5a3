package examples;

import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;

/** DeceptiveFtpAlias: a secure-sounding name on a cleartext FTP client. */
public class DeceptiveFtpAlias {

  /** Bad: the name promises encryption, the class is plain FTP. */
  public static class SecureFtpClient extends FTPClient {
  }

  /** Good: it is what its name says. */
  public static class VerifiedFtpsClient extends FTPSClient {
    public VerifiedFtpsClient() {
      setTrustManager(null);
      setEndpointCheckingEnabled(true);
    }
  }
}
