# Quick fixes of FtpsUnverifiedCertificate: FtpsUnverifiedCertificateQuickFixTest asserts the edits of each issue below.
import ssl
from ftplib import FTP_TLS
from ssl import CERT_NONE


def no_context(host):
    return FTP_TLS(host)  # Noncompliant


def no_argument():
    return FTP_TLS()  # Noncompliant


def context_none(host):
    return FTP_TLS(host, context=None)  # Noncompliant


def multiline(host, user, password):
    return FTP_TLS(  # Noncompliant
        host,
        user,
        password,
    )


def certificate_files(host):
    return FTP_TLS(host, keyfile="client.key", certfile="client.pem")  # Noncompliant


def unverified_factory(host):
    ctx = ssl._create_unverified_context()
    return FTP_TLS(host, context=ctx)  # Noncompliant


def unverified_factory_with_ca(host):
    ctx = ssl._create_unverified_context(cafile="ca.pem")
    return FTP_TLS(host, context=ctx)  # Noncompliant


def unverified_factory_with_protocol(host):
    ctx = ssl._create_unverified_context(ssl.PROTOCOL_TLS_CLIENT)
    return FTP_TLS(host, context=ctx)  # Noncompliant


def hostname_off(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    return FTP_TLS(host, context=ctx)  # Noncompliant


def both_off(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return FTP_TLS(host, context=ctx)  # Noncompliant


def imported_mode(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = 0
    ctx.verify_mode = CERT_NONE
    return FTP_TLS(host, context=ctx)  # Noncompliant


def through_client(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())  # Noncompliant
    ftps.context.check_hostname = False
    ftps.context.verify_mode = ssl.CERT_OPTIONAL
    return ftps


def unverified_then_off_in_debug(host, debug):
    ctx = ssl._create_unverified_context()
    if debug:
        ctx.check_hostname = False
    return FTP_TLS(host, context=ctx)  # Noncompliant


def unknown_mode(host, mode):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = mode
    return FTP_TLS(host, context=ctx)  # Noncompliant


def ssl_context_class(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return FTP_TLS(host, context=ctx)  # Noncompliant
