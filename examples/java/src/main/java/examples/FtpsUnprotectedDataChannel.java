package examples;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.net.ftp.FTPSClient;

/** FtpsUnprotectedDataChannel: without PROT P the files themselves travel in clear text. */
public class FtpsUnprotectedDataChannel {

  public void badDownload(String host, OutputStream out) throws IOException {
    FTPSClient ftps = new FTPSClient();
    ftps.setTrustManager(null);
    ftps.setEndpointCheckingEnabled(true);
    ftps.connect(host);
    ftps.login("deploy", System.getenv("FTP_PASSWORD"));
    ftps.retrieveFile("report.csv", out); // the data connection is not encrypted
  }

  public void goodDownload(String host, OutputStream out) throws IOException {
    FTPSClient ftps = new FTPSClient();
    ftps.setTrustManager(null);
    ftps.setEndpointCheckingEnabled(true);
    ftps.connect(host);
    ftps.login("deploy", System.getenv("FTP_PASSWORD"));
    ftps.execPBSZ(0);
    ftps.execPROT("P");
    ftps.retrieveFile("report.csv", out);
  }
}
