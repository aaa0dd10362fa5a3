import ftplib
import ssl

import aioftp
import dask.dataframe as dd
import fsspec
import ftputil
import ftputil.session
import pandas as pd
from fsspec.implementations.ftp import FTPFileSystem


# ftputil: FTPHost uses plain ftplib.FTP unless given a TLS session factory

def ftputil_default_session(host, user, password):
    with ftputil.FTPHost(host, user, password) as ftp_host:  # Noncompliant {{Give this FTPHost an FTP_TLS session factory with a verifying context that calls "prot_p()", or use SFTP: ftputil's default session is cleartext FTP.}}
#        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        ftp_host.download("report.csv", "report.csv")


def ftputil_plain_factories(host, user, password):
    ftputil.FTPHost(host, user, password, session_factory=ftplib.FTP)  # Noncompliant
    plain = ftputil.session.session_factory(port=2121)
    ftputil.FTPHost(host, user, password, session_factory=plain)  # Noncompliant
    ftputil.FTPHost(host, user, password, session_factory=ftputil.session.session_factory(base_class=ftplib.FTP))  # Noncompliant


def ftputil_tls_factories(host, user, password, factory, **options):
    # TLS sessions are judged by the FTPS rules
    ftputil.FTPHost(host, user, password, session_factory=ftplib.FTP_TLS)
    tls = ftputil.session.session_factory(base_class=ftplib.FTP_TLS)
    ftputil.FTPHost(host, user, password, session_factory=tls)
    # a factory the code does not show
    ftputil.FTPHost(host, user, password, session_factory=factory)
    ftputil.FTPHost(host, user, password, **options)


# aioftp: plain FTP unless ssl= is given or the client is upgraded

async def aioftp_context(host, user, password):
    async with aioftp.Client.context(host, user=user, password=password) as client:  # Noncompliant {{Pass "ssl=ssl.create_default_context()" (or call "upgrade_to_tls()" before logging in), or use SFTP: without it this aioftp client speaks cleartext FTP.}}
        await client.download("report.csv")


async def aioftp_client(host, user, password):
    client = aioftp.Client()  # Noncompliant
    await client.connect(host)
    await client.login(user, password)
    await client.download("report.csv")


async def aioftp_over_tls(host, user, password, context, **options):
    async with aioftp.Client.context(host, user=user, password=password, ssl=ssl.create_default_context()):
        pass
    async with aioftp.Client.context(host, ssl=True):
        pass
    async with aioftp.Client.context(host, ssl=context):
        pass
    async with aioftp.Client.context(host, **options):
        pass
    upgraded = aioftp.Client()
    await upgraded.connect(host)
    await upgraded.upgrade_to_tls()
    await upgraded.login(user, password)
    implicit = aioftp.Client(ssl=ssl.create_default_context())
    await implicit.connect(host, 990)


def fn_aioftp_client_handed_over(host):
    # the code that receives the client may upgrade it
    client = aioftp.Client()
    return client


# fsspec: the "ftp" protocol is plain ftplib.FTP unless tls is set

def fsspec_file_systems(host, user, password):
    fsspec.filesystem("ftp", host=host, username=user, password=password)  # Noncompliant {{Use a client that encrypts and verifies the connection (SFTP with known host keys, or ftplib.FTP_TLS with a verifying context): this fsspec file system uses cleartext FTP.}}
    FTPFileSystem(host, 21, user, password)  # Noncompliant
    FTPFileSystem(host, tls=False)  # Noncompliant


def fsspec_over_tls(host, protocol, flag):
    # FTP_TLS without a context: FtpsUnverifiedCertificate
    fsspec.filesystem("ftp", host=host, tls=True)
    FTPFileSystem(host, tls=True)
    # what the code does not show
    fsspec.filesystem(protocol, host=host)
    FTPFileSystem(host, tls=flag)
    fsspec.filesystem("s3")


# ftp:// URLs opened through fsspec, pandas and dask

def ftp_urls(url):
    fsspec.open("ftp://ftp.example.com/data.csv")  # Noncompliant {{Fetch this over HTTPS or SFTP: an "ftp://" URL is transferred in clear text.}}
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    pd.read_csv("ftp://ftp.example.com/data.csv")  # Noncompliant
    pd.read_json(path_or_buf="ftp://ftp.example.com/data.json")  # Noncompliant
    pd.read_excel("ftp://ftp.example.com/data.xlsx")  # Noncompliant
    pd.read_parquet("ftp://ftp.example.com/data.parquet")  # Noncompliant
    dd.read_csv("ftp://ftp.example.com/data-*.csv")  # Noncompliant
    pd.read_csv("ftp://ftp.example.com/data.csv", storage_options={"timeout": 10})  # Noncompliant


def urls_that_are_fine(url):
    pd.read_csv("https://example.com/data.csv")
    pd.read_csv("data/ftp://not-a-url.csv")
    pd.read_csv(url)
    fsspec.open("ftp://ftp.example.com/data.csv", tls=True)
    pd.read_csv("ftp://ftp.example.com/data.csv", storage_options={"tls": True})
    fsspec.open("sftp://example.com/data.csv")
