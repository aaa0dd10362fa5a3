package examples;

import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.apache.commons.net.ftp.FTPSClient;

/** FtpsIneffectiveTlsSetting: a client built with its own SSLContext never reads setTrustManager. */
public class FtpsIneffectiveTlsSetting {

  public FTPSClient badClient(TrustManager pinned) throws GeneralSecurityException {
    FTPSClient ftps = new FTPSClient(SSLContext.getDefault());
    ftps.setTrustManager(pinned); // ignored: the context is used as given
    return ftps;
  }

  public FTPSClient goodClient(TrustManager pinned) throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {pinned}, null);
    return new FTPSClient(context);
  }
}
