# Quick fixes of FtpsUnprotectedDataChannel: FtpsUnprotectedDataChannelQuickFixTest asserts the edits of each issue below.
import ssl
from ftplib import FTP_TLS


def after_login(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.retrlines("LIST")  # Noncompliant
    ftps.quit()


def login_before_loop(host, user, password, names):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)  # the session starts here
    for name in names:
        ftps.delete(name)
        ftps.nlst(name)  # Noncompliant


def constructor_logs_in(host, user, password):
    ftps = FTP_TLS(host, user, password, context=ssl.create_default_context())
    return ftps.nlst()  # Noncompliant


def with_logs_in(host, user, password):
    with FTP_TLS(host, user=user, passwd=password, context=ssl.create_default_context()) as ftps:
        files = ftps.nlst()  # Noncompliant
    return files


def login_in_with_body(host, user, password):
	with FTP_TLS(host, context=ssl.create_default_context()) as ftps:
		ftps.login(user, password)
		return ftps.mlsd()  # Noncompliant


def login_elsewhere(ftps_host, connect):
    ftps = FTP_TLS(ftps_host, context=ssl.create_default_context())
    connect(ftps.host)
    if ftps.sock:
        ftps.dir()  # Noncompliant


def login_inline(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password); ftps.nlst()  # Noncompliant


def prot_c(host, user, password, data):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.prot_c()
    ftps.storbinary("STOR report.csv", data)  # Noncompliant
    ftps.prot_c()
    ftps.storbinary("STOR report2.csv", data)


def prot_c_or_nothing(host, user, password, public):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    if public:
        ftps.prot_c()
    ftps.mlsd()  # Noncompliant


def alias_after_login(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login(user, password)
    client = ftps
    return client.nlst()  # Noncompliant
