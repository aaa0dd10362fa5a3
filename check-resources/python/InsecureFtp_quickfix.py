# Quick fixes of InsecureFtp: InsecureFtpQuickFixTest asserts the edits of each issue below.
import ftplib
import ssl
from ftplib import FTP_TLS
from urllib.request import urlopen


def login_keyword(host, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("user", password, secure=False)  # Noncompliant
    ftps.prot_p()
    ftps.quit()


def login_positional(host, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login("user", password, "", False)  # Noncompliant
    ftps.quit()


def login_keyword_first(host, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(secure=False, user="user", passwd=password)  # Noncompliant
    ftps.quit()


def login_multiline(host, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(
        "user",
        password,
        secure=False,  # Noncompliant
    )
    ftps.quit()


def ccc_on_its_line(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login()
    ftps.ccc()  # Noncompliant
    ftps.quit()


def ccc_alone_in_block(host, nat):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    if nat:
        ftps.ccc()  # Noncompliant
    ftps.quit()


def ccc_inline(host, nat):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    if nat: ftps.ccc()  # Noncompliant
    ftps.ccc(); ftps.quit()  # Noncompliant
    ftps.login(); ftps.ccc()  # Noncompliant


def no_fix(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    reply = ftps.ccc()  # Noncompliant
    plain = ftplib.FTP(host)  # Noncompliant
    urlopen("ftp://example.com/file.txt")  # Noncompliant
    return reply, plain
