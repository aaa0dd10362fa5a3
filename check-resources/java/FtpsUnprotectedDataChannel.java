import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.net.ftp.FTPSClient;
import org.springframework.integration.ftp.session.DefaultFtpsSessionFactory;

class FtpsUnprotectedDataChannel {

  void neverProtected(InputStream in) throws Exception {
    FTPSClient client = new FTPSClient(); // the secondary location
    client.connect("files.example.com");
    client.storeFile("report.csv", in); // Noncompliant {{Call "execPBSZ(0)" and "execPROT("P")" before this transfer: without them the data connection of this FTPS client is in clear text.}} [[secondary=-2]]
//  ^^^^^^^^^^^^^^^^
  }

  void implicitToo(OutputStream out) throws Exception {
    FTPSClient client = new FTPSClient(true);
    client.connect("files.example.com");
    client.retrieveFile("report.csv", out); // Noncompliant
  }

  void onlyOnOnePath(InputStream in, boolean secure) throws Exception {
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    if (secure) {
      client.execPBSZ(0);
      client.execPROT("P");
    }
    client.listFiles(); // Noncompliant
    client.listNames(); // Noncompliant
  }

  void clearedAgain(InputStream in) throws Exception {
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    client.execPBSZ(0);
    client.execPROT("P");
    client.storeFile("a.csv", in); // Compliant: protected
    client.execPROT("C");
    client.appendFile("a.csv", in); // Noncompliant {{Call "execPROT("P")" again before this transfer: the data channel was switched back to clear text.}} [[secondary=-1]]
    client.execPROT(null);
    client.mlistDir(); // Noncompliant
  }

  void protectedOnEveryPath(InputStream in, boolean binary, String level) throws Exception {
    FTPSClient client = new FTPSClient();
    client.connect("files.example.com");
    client.execPBSZ(0);
    client.execPROT("P");
    if (binary) {
      client.setFileType(FTPSClient.BINARY_FILE_TYPE);
    }
    client.storeFile("a.csv", in); // Compliant
    client.retrieveFileStream("a.csv");
    FTPSClient unknownLevel = new FTPSClient();
    unknownLevel.execPROT(level);
    unknownLevel.storeFile("a.csv", in); // Compliant: the level is not known
  }

  void passedOn(InputStream in) throws Exception {
    FTPSClient client = new FTPSClient();
    protect(client);
    client.storeFile("a.csv", in); // Compliant: configured where the code does not show
  }

  void spring(DefaultFtpsSessionFactory factory) {
    factory.setProt("C"); // Noncompliant {{Keep the data channel protected ("P", the default): with "C" every file and listing travels in clear text.}}
    factory.setProt("P");
  }

  void protect(FTPSClient client) {
  }

  static class FieldNeverProtected {
    private final FTPSClient client;

    FieldNeverProtected() {
      client = new FTPSClient();
    }

    void upload(InputStream in) throws Exception {
      client.storeFile("a.csv", in); // Noncompliant
    }
  }

  static class FieldProtectedElsewhere {
    private final FTPSClient client = new FTPSClient();

    void open() throws Exception {
      client.connect("files.example.com");
      client.execPROT("P");
    }

    void upload(InputStream in) throws Exception {
      client.storeFile("a.csv", in); // Compliant: open() may have run first
    }

    void downgrade(InputStream in) throws Exception {
      client.execPROT("C");
      client.storeFile("b.csv", in); // Noncompliant
    }
  }
}
