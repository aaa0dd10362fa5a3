# FTP_TLS imported optionally: the None fallback creates no client, so FTP_TLS(...) is still FTP_TLS (issue 13, shape 8).
import ssl

try:
    from ftplib import FTP_TLS
except ImportError:
    FTP_TLS = None

try:
    import ftplib
except ImportError:
    ftplib = None


def settings_on_the_client(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.check_hostname = True  # Noncompliant {{FTP_TLS never reads "check_hostname", so this has no effect: build the SSLContext first and pass it as FTP_TLS(host, context=ctx).}}
#        ^^^^^^^^^^^^^^
    ftps.login()
    ftps.prot_p()


def through_the_module(host):
    ftps = ftplib.FTP_TLS(host, context=ssl.create_default_context())
    ftps.verify_mode = ssl.CERT_REQUIRED  # Noncompliant
    ftplib.FTP_TLS(host, certfile="client.pem")  # Noncompliant


def real_attributes(host):
    ftps = FTP_TLS(host)
    ftps.context = ssl.create_default_context()
    ftps.encoding = "latin-1"
