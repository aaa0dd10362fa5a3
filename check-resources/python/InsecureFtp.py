import ftplib
import ftplib as netlib
import ssl
import urllib.request
from ftplib import FTP_TLS
from ftplib import FTP_TLS as TlsClient
from ftplib import error_perm, all_errors
from urllib.request import urlopen, urlretrieve, Request, build_opener, FTPHandler


def direct_import(host):
    from ftplib import FTP
    #                  ^^^> {{Cleartext FTP reaches this code through this import.}}
    ftp = FTP(host)  # Noncompliant {{Use "FTP_TLS" with a verifying SSL context and "prot_p()", or SFTP, instead of this cleartext FTP client.}}
#         ^^^^^^^^^
    ftp.login("user", "password")


def deceptive_alias(host):
    from ftplib import FTP as SecureFTP
    #                         ^^^^^^^^^> {{Cleartext FTP reaches this code through this import.}}
    SecureFTP(host)  # Noncompliant
#   ^^^^^^^^^^^^^^^


def module_attribute(host):
    ftplib.FTP(host)  # Noncompliant
#   ^^^^^^^^^^^^^^^^
    netlib.FTP()  # Noncompliant
    ftplib.FTP_TLS(host, context=ssl.create_default_context())
    netlib.FTP_TLS(host, context=ssl.create_default_context())


def variable_holding_the_class(host):
    factory = ftplib.FTP
#   ^^^^^^^> {{Cleartext FTP class assigned here.}}
    return factory(host)  # Noncompliant
#          ^^^^^^^^^^^^^


def lambda_factory(host):
    make = lambda: ftplib.FTP(host)  # Noncompliant
#                  ^^^^^^^^^^^^^^^^
    return make()


def with_statement(host):
    with ftplib.FTP(host) as ftp:  # Noncompliant
        ftp.retrlines("LIST")
    with FTP_TLS(host, context=ssl.create_default_context()) as ftps:
        ftps.prot_p()
        ftps.retrlines("LIST")


class LegacyClient(ftplib.FTP):
#     ^^^^^^^^^^^^> {{This class extends cleartext "ftplib.FTP", not "FTP_TLS".}}
    pass


def subclass(host):
    LegacyClient(host)  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^


class LoggingClient(LegacyClient):
#     ^^^^^^^^^^^^^> {{This class extends cleartext "ftplib.FTP", not "FTP_TLS".}}
    pass


def transitive_subclass(host):
    LoggingClient(host)  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^^


class TlsClientWithLogging(FTP_TLS):
    pass


def tls_subclass(host):
    TlsClientWithLogging(host, context=ssl.create_default_context())


class Downloader:
    ftp_class = ftplib.FTP
#               ^^^^^^^^^^> {{Cleartext FTP class stored in this attribute.}}
    tls_class = FTP_TLS

    def connect(self, host):
        return self.ftp_class(host)  # Noncompliant
#              ^^^^^^^^^^^^^^^^^^^^

    def connect_securely(self, host):
        return self.tls_class(host, context=ssl.create_default_context())

    def unknown_attribute(self, host):
        return self.client_factory(host)


class Uploader:
    def __init__(self, host):
        self.host = host
        self.opener = ftplib.FTP
#                     ^^^^^^^^^^> {{Cleartext FTP class stored in this attribute.}}

    def connect(self):
        return self.opener(self.host)  # Noncompliant
#              ^^^^^^^^^^^^^^^^^^^^^^


class Switcher:
    def __init__(self, secure):
        self.factory = ftplib.FTP
#                      ^^^^^^^^^^> {{Cleartext FTP class stored in this attribute.}}
        if secure:
            self.factory = FTP_TLS

    def connect(self, host):
        # a class picked at run time that can be cleartext FTP
        return self.factory(host)  # Noncompliant
#              ^^^^^^^^^^^^^^^^^^


def class_chosen_at_run_time(host, tls, options, **kwargs):
    cls = ftplib.FTP_TLS if tls else ftplib.FTP
#                                    ^^^^^^^^^^> {{Cleartext FTP class chosen here.}}
    cls(host)  # Noncompliant {{Use "FTP_TLS" with a verifying SSL context and "prot_p()", or SFTP, instead of this cleartext FTP client.}}
#   ^^^^^^^^^
    if tls:
        klass = FTP_TLS
    else:
        klass = ftplib.FTP
#               ^^^^^^^^^^> {{Cleartext FTP class chosen here.}}
    klass(host)  # Noncompliant
#   ^^^^^^^^^^^
    factory = kwargs.pop("session_factory", ftplib.FTP)
    factory(host)  # Noncompliant
    other = options.get("cls", ftplib.FTP)
    other(host)  # Noncompliant
    (ftplib.FTP_TLS if tls else ftplib.FTP)(host)  # Noncompliant


def class_chosen_at_run_time_look_alikes(host, tls, options, given):
    both = ftplib.FTP_TLS if tls else TlsClient
    both(host, context=ssl.create_default_context())
    if tls:
        klass = FTP_TLS
    else:
        klass = TlsClient
    klass(host, context=ssl.create_default_context())
    options.get("cls", ftplib.FTP_TLS)(host, context=ssl.create_default_context())
    chosen = given if tls else FTP_TLS
    chosen(host, context=ssl.create_default_context())
    maybe = ftplib.FTP_TLS if tls else None
    maybe(host, context=ssl.create_default_context())
    options.get("cls")(host)


def tls_is_not_plain_ftp(host):
    TlsClient(host, context=ssl.create_default_context())
    FTP_TLS(host, context=ssl.create_default_context())
    from ftplib import FTP_TLS as FTP
    FTP(host, context=ssl.create_default_context())


def names_that_are_not_clients(client, error):
    isinstance(client, ftplib.FTP)
    issubclass(type(client), netlib.FTP)
    if isinstance(error, error_perm):
        raise error
    return all_errors


def annotated(client: ftplib.FTP) -> ftplib.FTP:
    return client


def unresolved(host):
    unknown_factory(host)
    make_client()(host)


class FTP:
    """A project's own class that happens to be called FTP."""

    def __init__(self, host):
        self.host = host


def own_class(host):
    FTP(host)


def urls(host):
    urllib.request.urlopen("ftp://example.com/file.txt")  # Noncompliant {{Fetch this over HTTPS or SFTP: an "ftp://" URL is transferred in clear text.}}
#                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    urlretrieve("FTP://example.com/file.txt", "file.txt")  # Noncompliant
    Request("ftp://example.com/file.txt")  # Noncompliant
    urlopen(url="ftp://example.com/file.txt")  # Noncompliant
    opener = build_opener(FTPHandler)
    opener.open("ftp://example.com/file.txt")  # Noncompliant

    urlopen("https://example.com/file.txt")
    urlopen("sftp://example.com/file.txt")
    print("falling back to ftp://example.com is not allowed")
    log_message = "ftp://example.com/file.txt"
    print(log_message)
    urlopen(host)


def url_through_a_name():
    report = "ftp://example.com/report.csv"
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{URL defined here.}}
    urlopen(report)  # Noncompliant
#           ^^^^^^


def mixed_url(flag):
    url = "https://example.com/a"
    if flag:
        url = "ftp://example.com/a"
    urlopen(url)


def urls_built_from_parts(host, path, scheme):
    urlopen(f"ftp://{host}/file.txt")  # Noncompliant {{Fetch this over HTTPS or SFTP: an "ftp://" URL is transferred in clear text.}}
#           ^^^^^^^^^^^^^^^^^^^^^^^^
    urlopen("ftp://" + host + "/file.txt")  # Noncompliant
    urlopen("ftp://%s/%s" % (host, path))  # Noncompliant
    urlopen("FTP://{}/{}".format(host, path))  # Noncompliant
    base = f"ftp://{host}"
#          ^^^^^^^^^^^^^^^> {{URL defined here.}}
    urlopen(base)  # Noncompliant
#           ^^^^


def urls_built_from_parts_look_alikes(host, path, scheme):
    urlopen(f"{scheme}://{host}/file.txt")
    urlopen(scheme + "://" + host)
    urlopen("%s://%s/%s" % (scheme, host, path))
    urlopen("{}://{}".format(scheme, host))
    urlopen(f"https://{host}/ftp://mirror")
    urlopen("https://" + host + "/ftp://")
    urlopen(f"sftp://{host}/file.txt")
    print(f"ftp://{host}/file.txt")


class Session:
    def __init__(self, host):
        self.session = FTP_TLS(host, context=ssl.create_default_context())

    def open(self, user, password):
        self.session.login(user, password, secure=False)  # Noncompliant
        self.session.ccc()  # Noncompliant


class SessionLookAlike:
    def __init__(self, session):
        self.session = session

    def open(self, user, password):
        self.session.login(user, password, secure=False)  # a client from elsewhere: unknown
        self.session.ccc()


def tls_downgrades(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("user", "secret", secure=False)  # Noncompliant {{Remove "secure=False": it sends the credentials over a cleartext control channel.}}
#                                ^^^^^^^^^^^^
    ftps.login("user", "secret", "", False)  # Noncompliant
    ftps.ccc()  # Noncompliant {{Remove this "ccc()" call: it returns the control channel, and every later command, to clear text.}}
#   ^^^^^^^^^^
    ftps.login("user", "secret")
    ftps.login("user", "secret", secure=True)
    with FTP_TLS(host, context=ssl.create_default_context()) as client:
        client.ccc()  # Noncompliant
    plain_flag = False
    ftps.login("user", "secret", secure=plain_flag)  # Noncompliant


def downgrade_on_unknown_objects(client, host):
    client.ccc()
    client.login("user", "secret", secure=False)
    plain = ftplib.FTP(host)  # Noncompliant
    plain.login("user", "secret")
