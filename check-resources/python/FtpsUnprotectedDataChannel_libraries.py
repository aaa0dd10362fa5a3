import ftplib

import ftputil
import ftputil.session


def ftputil_ftp_tls(host, user, password):
    with ftputil.FTPHost(host, user, password, session_factory=ftplib.FTP_TLS) as ftp_host:  # Noncompliant {{Use "ftputil.session.session_factory()" over FTP_TLS, which calls "prot_p()": with FTP_TLS as its session factory, ftputil transfers every file in clear text.}}
#                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        ftp_host.upload("report.csv", "report.csv")


def ftputil_data_channel_off(host):
    return ftputil.session.session_factory(base_class=ftplib.FTP_TLS, encrypt_data_channel=False)  # Noncompliant {{Remove this setting: without "prot_p()" the sessions of this factory transfer every file in clear text.}}
#                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^


def ftputil_look_alikes(host, user, password, flag):
    ftputil.session.session_factory(base_class=ftplib.FTP_TLS)
    ftputil.session.session_factory(base_class=ftplib.FTP_TLS, encrypt_data_channel=True)
    ftputil.session.session_factory(base_class=ftplib.FTP_TLS, encrypt_data_channel=flag)
    # plain FTP has no data channel protection to turn off: InsecureFtp reports it
    ftputil.session.session_factory(base_class=ftplib.FTP, encrypt_data_channel=False)
    ftputil.FTPHost(host, user, password)
