"""FtpsIneffectiveTlsSetting: TLS settings written on the FTP_TLS object, which ftplib never reads."""
import os
import ssl
from ftplib import FTP_TLS


def bad_connect(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.minimum_version = ssl.TLSVersion.TLSv1_3  # FTP_TLS has no such setting: this changes nothing
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    return ftps


def good_connect(host):
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_3  # set on the context, then hand the context over
    ftps = FTP_TLS(host, context=context)
    ftps.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftps.prot_p()
    return ftps
