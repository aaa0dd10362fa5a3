# Quick fixes of FtpsWeakTls: FtpsWeakTlsQuickFixTest asserts the edits of each issue below.
import ssl
from ftplib import FTP_TLS
from ssl import TLSVersion


def minimum_version(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # Noncompliant
    return FTP_TLS(host, context=ctx)


def minimum_version_imported_enum(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = TLSVersion.MINIMUM_SUPPORTED  # Noncompliant
    return FTP_TLS(host, context=ctx)


def minimum_under_a_low_cap(host):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # Noncompliant
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1  # Noncompliant
    return FTP_TLS(host, context=ctx)


def maximum_version(host):
    ctx = ssl.create_default_context()
    ctx.maximum_version = TLSVersion.TLSv1  # Noncompliant
    return FTP_TLS(host, context=ctx)


def pinned_protocol_checks_on(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # Noncompliant
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_default_certs()
    return FTP_TLS(host, context=ctx)


def pinned_protocol_checks_off(host):
    ctx = ssl.SSLContext(protocol=ssl.PROTOCOL_TLSv1_1)  # Noncompliant
    ctx.load_default_certs()
    return FTP_TLS(host, context=ctx)


def pinned_protocol_hostname_in_a_branch(host, strict):
    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv3)  # Noncompliant
    ctx.verify_mode = ssl.CERT_REQUIRED
    if strict:
        ctx.check_hostname = True
    return FTP_TLS(host, context=ctx)


def weak_ciphers(host):
    ctx = ssl.create_default_context()
    ctx.set_ciphers("DEFAULT:RC4")  # Noncompliant
    return FTP_TLS(host, context=ctx)
