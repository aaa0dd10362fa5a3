import ftplib
import ssl
from ftplib import FTP_TLS


def settings_on_the_client(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.ssl_context = ssl.create_default_context()  # Noncompliant {{FTP_TLS never reads "ssl_context", so this has no effect: build the SSLContext first and pass it as FTP_TLS(host, context=ctx).}}
#        ^^^^^^^^^^^
    ftps.ssl_context.check_hostname = True
#        ^^^^^^^^^^^< {{Also without effect here.}}
    ftps.check_hostname = True  # Noncompliant {{FTP_TLS never reads "check_hostname", so this has no effect: build the SSLContext first and pass it as FTP_TLS(host, context=ctx).}}
#        ^^^^^^^^^^^^^^
    ftps.verify_mode = ssl.CERT_REQUIRED  # Noncompliant
#        ^^^^^^^^^^^
    print(ftps.verify_mode)
#              ^^^^^^^^^^^< {{Also without effect here.}}
    ftps.minimum_version = ssl.TLSVersion.TLSv1_2  # Noncompliant
    ftps.ciphers = "HIGH:!aNULL"  # Noncompliant
    ftps.set_ciphers("HIGH:!aNULL")  # Noncompliant {{FTP_TLS never reads "set_ciphers", so this has no effect: build the SSLContext first and pass it as FTP_TLS(host, context=ctx).}}
    ftps.login()
    ftps.prot_p()


def with_statement_and_alias(host):
    with ftplib.FTP_TLS(host) as ftps:
        ftps.options |= ssl.OP_NO_TLSv1  # Noncompliant
    factory = FTP_TLS
    client = factory(host)
    client.tls_version = "1.2"  # Noncompliant


def real_attributes(host):
    ftps = FTP_TLS(host)
    ftps.context = ssl.create_default_context()  # read by FTP_TLS at login and for each data connection
    ftps.context.check_hostname = True
    ftps.encoding = "latin-1"
    ftps.host = host
    ftps.prot_p()
    ftps.timeout = 5


def other_objects(host, ftps):
    ftps.ssl_context = ssl.create_default_context()  # a parameter: could be anything
    ctx = ssl.create_default_context()
    ctx.check_hostname = True  # a real context
    ctx.verify_mode = ssl.CERT_REQUIRED
    plain = ftplib.FTP(host)
    plain.ssl_context = ctx  # plain FTP: another rule reports the client itself
    FTP_TLS(host, context=ctx)


def reassigned_client(host, other):
    ftps = FTP_TLS(host)
    ftps = other
    ftps.ssl_context = None  # no longer the FTP_TLS object created here


class MyFtps(FTP_TLS):
    def __init__(self, host):
        super().__init__(host, context=ssl.create_default_context())
        self.ssl_context = self.context


def fn_subclass_instance(host):
    # A subclass may define the attribute itself, so its instances are left alone: accepted miss.
    ftps = MyFtps(host)
    ftps.check_hostname = False


class Holder:
    def __init__(self, host):
        self.ftps = FTP_TLS(host)

    def fn_attribute_set_elsewhere(self):
        # The client is reached through self, which the analysis does not follow: accepted miss.
        self.ftps.ssl_context = ssl.create_default_context()


# --- Removed in Python 3.12 (the default project versions include it) ---

def removed_keywords(host):
    FTP_TLS(host, keyfile="client.key", certfile="client.pem")  # Noncompliant 2
    FTP_TLS(host, certfile="client.pem")  # Noncompliant {{Remove "certfile": Python 3.12 removed it from FTP_TLS (TypeError). Load the certificate with ctx.load_cert_chain(), then build the SSLContext first and pass it as FTP_TLS(host, context=ctx).}}
#                 ^^^^^^^^^^^^^^^^^^^^^
    ftps = FTP_TLS(host)
    ftps.ssl_version = ssl.PROTOCOL_TLS_CLIENT  # Noncompliant {{Python 3.12 removed FTP_TLS.ssl_version, so this has no effect: build the SSLContext first and pass it as FTP_TLS(host, context=ctx).}}
#        ^^^^^^^^^^^
    ftps.keyfile = "client.key"  # an attribute up to 3.11: set, but read only by __init__ (not reported)


class LegacyFtps(FTP_TLS):
    ssl_version = ssl.PROTOCOL_TLSv1_2  # Noncompliant {{Python 3.12 removed FTP_TLS.ssl_version, so this has no effect: build the SSLContext first and pass it as FTP_TLS(host, context=ctx).}}
#   ^^^^^^^^^^^


ftplib.FTP_TLS.ssl_version = ssl.PROTOCOL_TLSv1_2  # Noncompliant
#              ^^^^^^^^^^^
LegacyFtps.ssl_version = ssl.PROTOCOL_TLS  # Noncompliant
print(FTP_TLS.ssl_version)  # Noncompliant
ftplib.FTP.ssl_version = None  # plain FTP never had it: not a TLS setting


class NotFtps:
    ssl_version = ssl.PROTOCOL_TLSv1_2


def robustness(host, *args, **kwargs):
    FTP_TLS(*args, **kwargs).ssl_context = None
    FTP_TLS(host).verify_mode = None
    (lambda: FTP_TLS(host))().options = 0
