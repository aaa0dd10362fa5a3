package examples;

import java.io.IOException;
import org.apache.commons.net.ftp.FTPSClient;

/** FtpHardcodedCredentials: a password in the source is in every copy of it. */
public class FtpHardcodedCredentials {

  public void badLogin(FTPSClient ftps) throws IOException {
    ftps.login("deploy", "s3cret!"); // in the repository, its history and every build
  }

  public void goodLogin(FTPSClient ftps) throws IOException {
    ftps.login("deploy", System.getenv("FTP_PASSWORD"));
  }
}
