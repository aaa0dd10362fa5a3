import ftplib
import ftplib as netlib
import getpass
import os
import ssl
import urllib.request
from ftplib import FTP, FTP_TLS
from ftplib import FTP_TLS as TlsClient
from urllib.request import urlopen, urlretrieve, Request, build_opener, FTPHandler


def login_with_literal_password(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", "s3cret!")  # Noncompliant {{Do not hard-code this FTP password; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
#                        ^^^^^^^^^
    ftps.login(user="deploy", passwd="s3cret!")  # Noncompliant
#                                    ^^^^^^^^^
    ftps.login(passwd="s3cret!", user="deploy")  # Noncompliant
#                     ^^^^^^^^^
    ftps.login("deploy", ("s3cret!"))  # Noncompliant
#                        ^^^^^^^^^^^
    ftps.login("deploy", "s3cret!", "account")  # Noncompliant
    ftps.login("deploy", 'single' 'concatenated')  # Noncompliant
    ftps.login("deploy", r"raw\string")  # Noncompliant
    ftps.login("deploy", u"unicode")  # Noncompliant
    ftps.login("deploy", """triple""")  # Noncompliant
    ftps.prot_p()


def plain_ftp_login(host):
    ftp = FTP(host)
    ftp.login("deploy", "s3cret!")  # Noncompliant
#                       ^^^^^^^^^
    netlib.FTP(host).login("deploy", "s3cret!")  # Noncompliant


def login_with_unknown_user(host, user):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    # the user comes from elsewhere, the password is still written in the code
    ftps.login(user, "s3cret!")  # Noncompliant
    ftps.login(os.environ["FTP_USER"], "s3cret!")  # Noncompliant


def login_silent_cases(host, password, config):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", os.environ["FTP_PASSWORD"])
    ftps.login("deploy", os.environ.get("FTP_PASSWORD"))
    ftps.login("deploy", os.environ.get("FTP_PASSWORD", "fallback"))
    ftps.login("deploy", os.getenv("FTP_PASSWORD"))
    ftps.login("deploy", getpass.getpass())
    ftps.login("deploy", open("/run/secrets/ftp").read().strip())
    ftps.login("deploy", password)
    ftps.login("deploy", config.password)
    ftps.login("deploy", config["password"])
    ftps.login("deploy", load_password())
    ftps.login("deploy", f"{password}")
    ftps.login("deploy", f"prefix-{password}")
    # bytes are not a str: ftplib raises TypeError before sending anything
    ftps.login("deploy", b"s3cret!")
    ftps.login("deploy", "")
    ftps.login("deploy", '')
    ftps.login("deploy")
    ftps.login("deploy", None)
    ftps.login("deploy", *config)
    ftps.login("deploy", **config)


def anonymous_logins(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login()
    ftps.login("anonymous", "guest@example.com")
    ftps.login("ANONYMOUS", "guest@example.com")
    ftps.login("ftp", "guest@example.com")
    ftps.login(user="anonymous", passwd="guest@example.com")
    ftps.login(passwd="guest@example.com")
    ftps.login("", "guest@example.com")
    ftps.login(None, "guest@example.com")
    anonymous = "anonymous"
    ftps.login(anonymous, "guest@example.com")


def password_through_a_local_name(host):
    secret = "s3cret!"
#            ^^^^^^^^^> {{Password assigned here.}}
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", secret)  # Noncompliant
#                        ^^^^^^


def password_through_a_chain(host):
    secret = "s3cret!"
#            ^^^^^^^^^> {{Password assigned here.}}
    alias = secret
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", passwd=alias)  # Noncompliant
#                               ^^^^^


PASSWORD = "m0dule-secret"
#          ^^^^^^^^^^^^^^^> {{Password assigned here.}}


def password_from_a_module_constant(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", PASSWORD)  # Noncompliant
#                        ^^^^^^^^


ANNOTATED_PASSWORD: str = "m0dule-secret"
#                         ^^^^^^^^^^^^^^^> {{Password assigned here.}}


def password_from_an_annotated_module_constant(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", ANNOTATED_PASSWORD)  # Noncompliant
#                        ^^^^^^^^^^^^^^^^^^


def enclosing_function_constant(host):
    secret = "s3cret!"
#            ^^^^^^^^^> {{Password assigned here.}}

    def connect():
        return FTP_TLS(host, context=ssl.create_default_context()).login("deploy", secret)  # Noncompliant
#                                                                                  ^^^^^^
    return connect


def lambda_login(host):
    return lambda: FTP_TLS(host, context=ssl.create_default_context()).login("deploy", "s3cret!")  # Noncompliant


def only_value_that_can_reach(host, flag):
    if flag:
        secret = "s3cret!"
#                ^^^^^^^^^> {{Password assigned here.}}
    # on the other path the name is unbound and the call raises: the literal is the only value it can use
    FTP_TLS(host, context=ssl.create_default_context()).login("deploy", secret)  # Noncompliant
#                                                                       ^^^^^^


def password_names_that_are_not_constants(host, flag, default_password="s3cret!"):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", default_password)
    maybe = "s3cret!"
    if flag:
        maybe = os.environ["FTP_PASSWORD"]
    ftps.login("deploy", maybe)
    empty = ""
    ftps.login("deploy", empty)
    later = os.environ["FTP_PASSWORD"]
    ftps.login("deploy", later)
    later = "s3cret!"
    for candidate in ["a", "b"]:
        ftps.login("deploy", candidate)
    with open("/run/secrets/ftp") as secret_file:
        ftps.login("deploy", secret_file)
    joined = "s3c" + os.environ["SUFFIX"]
    ftps.login("deploy", joined)
    extended = "s3c"
    extended += os.environ["SUFFIX"]
    ftps.login("deploy", extended)
    chosen = "s3cret!" if flag else os.environ["FTP_PASSWORD"]
    ftps.login("deploy", chosen)


REASSIGNED_PASSWORD = "s3cret!"
REASSIGNED_PASSWORD = os.environ["FTP_PASSWORD"]
try:
    from local_settings import IMPORTED_PASSWORD
except ImportError:
    IMPORTED_PASSWORD = "s3cret!"


def module_names_that_are_not_constants(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("deploy", REASSIGNED_PASSWORD)
    ftps.login("deploy", IMPORTED_PASSWORD)


def client_bound_by_with(host):
    with FTP_TLS(host, context=ssl.create_default_context()) as ftps:
        ftps.login("deploy", "s3cret!")  # Noncompliant
#                            ^^^^^^^^^
        ftps.login("anonymous", "guest@example.com")
        ftps.login("deploy", os.environ["FTP_PASSWORD"])
    with ftplib.FTP(host) as ftp:
        ftp.login("deploy", passwd="s3cret!")  # Noncompliant


def aliases(host):
    TlsClient(host, context=ssl.create_default_context()).login("deploy", "s3cret!")  # Noncompliant
    factory = ftplib.FTP_TLS
    client = factory(host, context=ssl.create_default_context())
    client.login("deploy", "s3cret!")  # Noncompliant


def constructor_credentials(host):
    FTP(host, "deploy", "s3cret!")  # Noncompliant {{Do not hard-code this FTP password; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
#                       ^^^^^^^^^
    FTP_TLS(host, "deploy", passwd="s3cret!", context=ssl.create_default_context())  # Noncompliant
#                                  ^^^^^^^^^
    FTP_TLS(host=host, user="deploy", passwd="s3cret!", context=ssl.create_default_context())  # Noncompliant
    ftplib.FTP_TLS(host, "deploy", "s3cret!", context=ssl.create_default_context())  # Noncompliant
    TlsClient(host, "deploy", "s3cret!", context=ssl.create_default_context())  # Noncompliant
    with FTP_TLS(host, "deploy", "s3cret!", context=ssl.create_default_context()) as ftps:  # Noncompliant
        ftps.prot_p()
    secret = "s3cret!"
#            ^^^^^^^^^> {{Password assigned here.}}
    FTP_TLS(host, "deploy", secret, context=ssl.create_default_context())  # Noncompliant
#                           ^^^^^^


def constructor_silent_cases(host, password):
    FTP_TLS(host, context=ssl.create_default_context())
    FTP_TLS(host, "deploy", os.environ["FTP_PASSWORD"], context=ssl.create_default_context())
    FTP_TLS(host, "deploy", password, context=ssl.create_default_context())
    FTP_TLS(host, "deploy", "", context=ssl.create_default_context())
    FTP_TLS(host, "anonymous", "guest@example.com", context=ssl.create_default_context())
    FTP_TLS(host, "ftp", "guest@example.com", context=ssl.create_default_context())
    FTP_TLS(host, passwd="s3cret!", context=ssl.create_default_context())
    FTP_TLS(host, "", "s3cret!", context=ssl.create_default_context())
    FTP_TLS(host, *password)
    FTP_TLS(host, "deploy", getpass.getpass(), context=ssl.create_default_context())


class AuditedFtps(FTP_TLS):
    pass


class ReportingFtps(AuditedFtps):
    pass


def subclasses(host):
    ReportingFtps(host, "deploy", "s3cret!")  # Noncompliant
    client = AuditedFtps(host, context=ssl.create_default_context())
    client.login("deploy", "s3cret!")  # Noncompliant
    with ReportingFtps(host, context=ssl.create_default_context()) as ftps:
        ftps.login("deploy", "s3cret!")  # Noncompliant


class ProfileClient(FTP_TLS):
    """Its own constructor and login take other parameters: ftplib's positions do not apply."""

    def __init__(self, host, profile, region):
        super().__init__(host, context=ssl.create_default_context())
        self.profile = profile

    def login(self, profile, region="eu"):
        return super().login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])


def subclasses_with_their_own_signature(host):
    client = ProfileClient(host, "backup", "eu-west-1")
    client.login("backup", "eu-west-1")
    with ProfileClient(host, "backup", "eu-west-1") as other:
        other.login("backup", "eu-west-1")


class Unrelated:
    def __init__(self, host, user, passwd):
        pass

    def login(self, user, passwd):
        pass


def look_alikes(host, session):
    Unrelated(host, "deploy", "s3cret!")
    Unrelated(host, "deploy", "s3cret!").login("deploy", "s3cret!")
    session.login("deploy", "s3cret!")
    print("deploy", "s3cret!")


def unbound_method_call(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    # FTP_TLS.login(ftps, user, passwd): the positions are shifted by the explicit self
    FTP_TLS.login(ftps, "deploy", "s3cret!")


def urls_with_passwords():
    urlopen("ftp://deploy:s3cret!@files.example.com/report.csv")  # Noncompliant {{Do not hard-code a password in this FTP URL; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
#                         ^^^^^^^
    urllib.request.urlopen(url="ftp://deploy:s3cret!@files.example.com/")  # Noncompliant
#                                            ^^^^^^^
    urlretrieve("FTP://deploy:pa:ss@files.example.com/a", "a")  # Noncompliant
#                             ^^^^^
    Request(f"ftp://deploy:s3cret!@files.example.com/")  # Noncompliant
#                          ^^^^^^^
    Request(r'ftp://deploy:p@ss@files.example.com/?next=/b@c')  # Noncompliant
#                          ^^^^
    build_opener(FTPHandler).open("ftp://deploy:s3cret!@files.example.com/")  # Noncompliant
    urlopen("ftp://deploy:s3cret%21@files.example.com/")  # Noncompliant
#                         ^^^^^^^^^
    urlopen("ftp://deploy:s3\u0063ret@files.example.com/")  # Noncompliant
#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    urlopen("ftp://deploy:s3cret!@" "files.example.com/")  # Noncompliant
#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^


def urls_built_from_parts(host, path):
    urlopen(f"ftp://deploy:s3cret!@{host}/{path}")  # Noncompliant {{Do not hard-code a password in this FTP URL; read it from an environment variable, a secrets manager or an encrypted configuration file.}}
#                          ^^^^^^^
    urlopen("ftp://deploy:s3cret!@" + host + "/" + path)  # Noncompliant
#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
#                         ^^^^^^^@-1< {{Password assigned here.}}
    urlopen("ftp://deploy:s3cret!@{}/{}".format(host, path))  # Noncompliant
    urlopen("ftp://deploy:s3cret!@%s/%s" % (host, path))  # Noncompliant


def urls_built_from_parts_look_alikes(host, user, password, scheme):
    urlopen(f"ftp://{user}:{password}@{host}/")
    urlopen(f"ftp://deploy:{password}@{host}/")
    urlopen(f"ftp://anonymous:guest@{host}/")
    urlopen(f"ftp://deploy@{host}/")
    urlopen(f"{scheme}://deploy:s3cret!@{host}/")
    urlopen(scheme + "://deploy:s3cret!@" + host)
    urlopen("ftp://deploy:%s@%s/" % (password, host))


def url_through_a_name():
    report = "ftp://deploy:s3cret!@files.example.com/report.csv"
#                          ^^^^^^^> {{Password assigned here.}}
    urlopen(report)  # Noncompliant
#           ^^^^^^


def url_silent_cases(password, host):
    urlopen("ftp://files.example.com/report.csv")
    urlopen("ftp://deploy@files.example.com/report.csv")
    urlopen("ftp://deploy:@files.example.com/report.csv")
    urlopen("ftp://anonymous:guest@files.example.com/")
    urlopen("ftp://ftp:guest@files.example.com/")
    urlopen("ftp://:s3cret!@files.example.com/")
    urlopen("ftp://files.example.com/a@b:c")
    urlopen("https://deploy:s3cret!@files.example.com/")
    urlopen("sftp://deploy:s3cret!@files.example.com/")
    urlopen(f"ftp://deploy:{password}@files.example.com/")
    urlopen("ftp://deploy:" + password + "@files.example.com/")
    urlopen("ftp://deploy:{}@{}/".format(password, host))
    print("ftp://deploy:s3cret!@files.example.com/")
    log_line = "ftp://deploy:s3cret!@files.example.com/"
    print(log_line)
    urlopen(os.environ["FTP_URL"])


def fn_password_written_into_a_url_by_formatting(host):
    # Known gap: only constant URLs are read, not URLs built from parts.
    urlopen("ftp://deploy:%s@%s/" % ("s3cret!", host))


def fn_password_in_a_dictionary(host):
    # Known gap: the rule follows names, not containers of credentials.
    settings = {"user": "deploy", "password": "s3cret!"}
    FTP_TLS(host, context=ssl.create_default_context()).login(settings["user"], settings["password"])


def password_stored_on_the_class(host):
    class Uploader:
        password = "s3cret!"
#                  ^^^^^^^^^> {{Password assigned here.}}

        def run(self):
            FTP_TLS(host, context=ssl.create_default_context()).login("deploy", self.password)  # Noncompliant
#                                                                               ^^^^^^^^^^^^^
    return Uploader


class Deployer:
    PASSWORD = "s3cret!"

    def __init__(self, host):
        self.session = FTP_TLS(host, context=ssl.create_default_context())

    def connect(self):
        self.session.login("deploy", self.PASSWORD)  # Noncompliant


class DeployerLookAlikes:
    def __init__(self, host, session, password):
        self.session = FTP_TLS(host, context=ssl.create_default_context())
        self.given = session
        self.password = password
        self.changing = "s3cret!"

    def rotate(self, new):
        self.changing = new

    def connect(self):
        self.session.login("deploy", self.password)
        self.session.login("deploy", self.changing)
        self.given.login("deploy", "s3cret!")  # a client from elsewhere: its class is unknown


def fn_client_from_a_helper(host):
    # Known gap: the client's class is not visible when a helper function returns it.
    client = make_client(host)
    client.login("deploy", "s3cret!")


def fn_tuple_unpacking(host):
    # Known gap: only single-target assignments are followed.
    user, password = "deploy", "s3cret!"
    FTP_TLS(host, context=ssl.create_default_context()).login(user, password)


def fn_password_bound_by_walrus(host):
    # Known gap: only plain assignments are followed, not assignment expressions.
    if (secret := "s3cret!"):
        FTP_TLS(host, context=ssl.create_default_context()).login("deploy", secret)


def fp_constructor_without_host(user):
    # Accepted false alarm: without a host FTP() neither connects nor logs in, but the password is still in the code.
    return FTP(user="deploy", passwd="s3cret!")  # Noncompliant


SCRIPT_PASSWORD = "m0dule-secret"
#                 ^^^^^^^^^^^^^^^> {{Password assigned here.}}
script_client = FTP_TLS("files.example.com", context=ssl.create_default_context())
script_client.login("deploy", SCRIPT_PASSWORD)  # Noncompliant
#                             ^^^^^^^^^^^^^^^


class Settings:
    PASSWORD = "s3cret!"
#              ^^^^^^^^^> {{Password assigned here.}}
    CLIENT = FTP_TLS("files.example.com", "deploy", PASSWORD, context=ssl.create_default_context())  # Noncompliant
#                                                   ^^^^^^^^


def make_client(host):
    return FTP_TLS(host, context=ssl.create_default_context())


def load_password():
    return os.environ["FTP_PASSWORD"]
