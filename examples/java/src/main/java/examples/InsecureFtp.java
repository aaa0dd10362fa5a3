package examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;

/** InsecureFtp: plain FTP sends the password, the commands and the files in clear text. */
public class InsecureFtp {

  public void badUpload(String host, Path report) throws IOException {
    FTPClient ftp = new FTPClient(); // cleartext: anyone on the network reads the password and the file
    ftp.connect(host);
    ftp.login(System.getenv("FTP_USER"), System.getenv("FTP_PASSWORD"));
    try (InputStream in = Files.newInputStream(report)) {
      ftp.storeFile("report.csv", in);
    }
    ftp.logout();
  }

  public void goodUpload(String host, Path report) throws IOException {
    FTPSClient ftps = new FTPSClient();
    ftps.setTrustManager(null); // the JVM's default trust managers check the certificate chain
    ftps.setEndpointCheckingEnabled(true); // and the host name
    ftps.connect(host);
    ftps.login(System.getenv("FTP_USER"), System.getenv("FTP_PASSWORD"));
    ftps.execPBSZ(0);
    ftps.execPROT("P"); // encrypt the data channel too, before any transfer
    try (InputStream in = Files.newInputStream(report)) {
      ftps.storeFile("report.csv", in);
    }
    ftps.logout();
  }
}
