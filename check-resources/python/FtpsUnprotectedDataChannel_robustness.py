# Code shapes the check must survive without throwing; where python-frontend builds no control-flow graph
# (a "break" outside a loop, a module-level "return") the check stays silent.
import ssl
from ftplib import FTP_TLS


def unpacked_arguments(*args, **kwargs):
    ftps = FTP_TLS(*args, **kwargs)
#          ^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(*args)
    ftps.retrlines(*args, **kwargs)  # Noncompliant
#   ^^^^^^^^^^^^^^


def decorated(function):
    return function


@decorated
def nested_functions(host):
    def inner():
        ftps = FTP_TLS(host, context=ssl.create_default_context())
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
        ftps.login()
        ftps.nlst()  # Noncompliant
#       ^^^^^^^^^
    return inner


async def asynchronous(host, connection):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    await connection.ready()
    async with connection:
        ftps.login()
    async for item in connection:
        ftps.prot_p()
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


def walrus_and_comprehensions(host, names):
    if (ftps := FTP_TLS(host, context=ssl.create_default_context())) is not None:
        ftps.login()
    listings = [ftps.nlst(name) for name in names]
    protected = [ftps.prot_p() for _ in names]
    return listings, protected, (lambda: ftps.nlst())


def match_on_client(host, command):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    match command:
        case ("list", path) if path:
            ftps.prot_p()
            ftps.nlst(path)
        case {"kind": kind}:
            print(kind)
        case ftps.prot_p:
            pass


def unresolved(host):
    client = make_client(host)
    client.prot_c()
    client.nlst()
    undefined_name.nlst()
    FTP_TLS.nlst(client)
    return FTP_TLS


def chained_call_on_creation(host):
    FTP_TLS(host, context=ssl.create_default_context()).retrlines("LIST")  # Noncompliant
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^@-1< {{FTP_TLS client created here}}


class Holder:
    ftps = FTP_TLS("example.com", context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


def python2_statements(host):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    print "connected"
    exec "pass"
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^
    print ftps
