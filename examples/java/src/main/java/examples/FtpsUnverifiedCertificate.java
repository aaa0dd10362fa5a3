package examples;

import java.io.IOException;
import org.apache.commons.net.ftp.FTPSClient;

/** FtpsUnverifiedCertificate: FTPSClient's default trust manager only checks the certificate's dates. */
public class FtpsUnverifiedCertificate {

  public FTPSClient badConnect(String host) throws IOException {
    FTPSClient ftps = new FTPSClient(); // any self-signed certificate passes, for any host
    ftps.connect(host);
    return ftps;
  }

  public FTPSClient goodConnect(String host) throws IOException {
    FTPSClient ftps = new FTPSClient();
    ftps.setTrustManager(null);
    ftps.setEndpointCheckingEnabled(true);
    ftps.connect(host);
    return ftps;
  }
}
