import ssl

try:
    from ftplib import FTP_TLS
except ImportError:  # some embedded Pythons ship without ftplib
    FTP_TLS = None

try:
    import ftplib
except ImportError:
    ftplib = None

try:
    import ftplib as bare
except:  # noqa: E722
    bare = None

try:
    import ftplib as replaced
except ImportError:
    replaced = None
replaced = load_client_module()  # where the import succeeded: no longer ftplib

try:
    from ftplib import FTP_TLS as StubbedTls
except ImportError:
    class StubbedTls:
        def __init__(self, *args, **kwargs):
            raise RuntimeError("FTPS support is missing")


def connect(host):
    return FTP_TLS(host)  # Noncompliant
#          ^^^^^^^^^^^^^


def connect_verified(host):
    return FTP_TLS(host, context=ssl.create_default_context())


def through_the_module(host):
    ftplib.FTP_TLS(host)  # Noncompliant
    ftplib.FTP_TLS(host, context=ssl.create_default_context())


def stub_fallback(host):
    StubbedTls(host)  # Noncompliant
    StubbedTls(host, context=ssl.create_default_context())


def context_swapped_on_the_client(host):
    verified = FTP_TLS(timeout=10)
    verified.context = ssl.create_default_context()
    verified.connect(host)
    unverified = FTP_TLS(timeout=10)  # Noncompliant
#                ^^^^^^^^^^^^^^^^^^^
    unverified.context = ssl._create_unverified_context()
#                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^< {{This context is created without these checks.}}
    unverified.connect(host)


def class_given_as_a_default(host, options, **kwargs):
    factory = kwargs.pop("session_factory", ftplib.FTP_TLS)
    factory(host)  # Noncompliant
    options.get("cls", FTP_TLS)(host, context=ssl.create_default_context())


def bare_except_and_rebound_module(host):
    bare.FTP_TLS(host)  # Noncompliant
    bare.FTP_TLS(host, context=ssl.create_default_context())
    replaced.FTP_TLS(host)
