import java.net.URI;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPSClient;

// super(...) and this(...) in classes with and without an extends clause, for ApiMatchersTest: the constructor
// matchers answer on them as sonar-java's.
class ConstructorCalls {

  static class Plain {
    Plain() {
      this("plain");
    }

    Plain(String name) {
      super();
    }
  }

  // a class named as an API class, extending nothing
  static class FTPClientLike {
    static class FTPSClient {
      FTPSClient() {
        this(true);
      }

      FTPSClient(boolean implicit) {
        super();
      }
    }
  }

  static class Client extends FTPClient {
    Client() {
      super();
    }

    Client(String name) {
      this();
    }
  }

  static class Secure extends FTPSClient {
    Secure() {
      super(true);
    }
  }

  static class Anonymous {
    Object client = new FTPClient() {
    };
  }

  enum Mode {
    ACTIVE, PASSIVE("p");

    Mode() {
      this("a");
    }

    Mode(String code) {
    }
  }

  record Spec(URI uri) {
    Spec(String text) {
      this(URI.create(text));
    }
  }
}
