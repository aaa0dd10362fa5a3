import ssl

try:
    from ftplib import FTP
#                      ^^^> {{Cleartext FTP class chosen here.}}
except ImportError:  # some embedded Pythons ship without ftplib
    FTP = None


def connect(host):
    if FTP is None:
        raise RuntimeError("no FTP support")
    return FTP(host)  # Noncompliant
#          ^^^^^^^^^


try:
    from ftplib import FTP_TLS as MaybeTls
except ImportError:
    from ftplib import FTP as MaybeTls
#                             ^^^^^^^^> {{Cleartext FTP class chosen here.}}


def cleartext_fallback(host):
    # where ftplib has no FTP_TLS (Python built without OpenSSL) the fallback is cleartext FTP
    MaybeTls(host, context=ssl.create_default_context())  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^


try:
    import ftplib
except ImportError:
    ftplib = None

try:
    from ftplib import FTP_TLS
except ImportError:
    FTP_TLS = None


def through_the_module(host, tls):
    ftplib.FTP(host)  # Noncompliant
#   ^^^^^^^^^^^^^^^^
    cls = ftplib.FTP_TLS if tls else ftplib.FTP
#                                    ^^^^^^^^^^> {{Cleartext FTP class chosen here.}}
    cls(host)  # Noncompliant
#   ^^^^^^^^^


def control_channel_back_to_clear_text(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("user", "secret", secure=False)  # Noncompliant
    ftps.ccc()  # Noncompliant


def tls_look_alikes(host):
    FTP_TLS(host, context=ssl.create_default_context())
    ftplib.FTP_TLS(host, context=ssl.create_default_context())


try:
    import ftplib as bare
except:  # noqa: E722
    bare = None

import ftplib as replaced
replaced = load_client_module()  # where the import succeeded: no longer ftplib


def bare_except_and_rebound_module(host):
    bare.FTP(host)  # Noncompliant
    bare.FTP_TLS(host, context=ssl.create_default_context())
    replaced.FTP(host)
