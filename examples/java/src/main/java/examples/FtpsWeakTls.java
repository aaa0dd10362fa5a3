package examples;

import org.apache.commons.net.ftp.FTPSClient;

/** FtpsWeakTls: TLS 1.0 and 1.1 are deprecated, RC4 is broken. */
public class FtpsWeakTls {

  public FTPSClient badClient() {
    FTPSClient ftps = new FTPSClient("TLSv1");
    ftps.setEnabledCipherSuites(new String[] {"TLS_RSA_WITH_RC4_128_SHA"});
    return ftps;
  }

  public FTPSClient goodClient() {
    FTPSClient ftps = new FTPSClient("TLSv1.3");
    ftps.setEnabledCipherSuites(new String[] {"TLS_AES_128_GCM_SHA256"});
    return ftps;
  }
}
