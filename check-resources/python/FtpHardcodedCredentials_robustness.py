# Odd but valid code around FTP calls: the check must neither throw nor guess.
import ftplib
import ssl
from ftplib import FTP, FTP_TLS
from urllib.request import urlopen


def unpacked_arguments(host, args, kwargs):
    FTP(*args, **kwargs)
    FTP_TLS(host, *args)
    FTP_TLS(host, **kwargs)
    FTP_TLS(*args, passwd="s3cret!")
    client = FTP_TLS(host, context=ssl.create_default_context())
    client.login(*args)
    client.login(**kwargs)
    client.login(*args, passwd="s3cret!")
    urlopen(*args)
    urlopen(**kwargs)


def unresolved_callees(unknown, handlers, host):
    unknown.login("deploy", "s3cret!")
    handlers["ftp"]("deploy", "s3cret!")
    make_client()().login("deploy", "s3cret!")
    getattr(FTP_TLS(host, context=ssl.create_default_context()), "login")("deploy", "s3cret!")
    undefined_name.login("deploy", "s3cret!")
    login("deploy", "s3cret!")


def decorated(func):
    return func


@decorated
def decorated_function(host, password):
    with FTP_TLS(host, context=ssl.create_default_context()) as ftps:
        ftps.login("deploy", password)


def nested_functions(host, password):
    def inner():
        def innermost():
            return FTP_TLS(host, context=ssl.create_default_context()).login("deploy", password)
        return innermost
    return inner


def lambdas(host, password):
    connect = lambda user: FTP_TLS(host, context=ssl.create_default_context()).login(user, password)
    return connect("deploy")


def match_statement(command, host, password):
    match command:
        case {"user": user}:
            FTP_TLS(host, context=ssl.create_default_context()).login(user, password)
        case [user, secret]:
            FTP_TLS(host, context=ssl.create_default_context()).login(user, secret)
        case _:
            pass


def walrus(host, config):
    if (secret := config.get("password")):
        FTP_TLS(host, context=ssl.create_default_context()).login("deploy", secret)


async def async_code(host, password, session):
    async with session.connect(host) as connection:
        await connection.login("deploy", "s3cret!")
    FTP_TLS(host, context=ssl.create_default_context()).login("deploy", password)


def try_statement(host, password):
    try:
        secret = password
    except KeyError:
        secret = None
    FTP_TLS(host, context=ssl.create_default_context()).login("deploy", secret)


def deleted_and_global(host):
    global SHARED
    SHARED = load()
    FTP_TLS(host, context=ssl.create_default_context()).login("deploy", SHARED)


def self_referencing(host):
    secret = secret
    FTP_TLS(host, context=ssl.create_default_context()).login("deploy", secret)


def cycle(host, flag):
    a = "x"
    while flag:
        a = b
        b = a
    FTP_TLS(host, context=ssl.create_default_context()).login("deploy", b)


class Client(FTP_TLS):
    def login(self, user="", passwd="", acct="", secure=True):
        return super().login(user, passwd, acct, secure)


def empty_calls(host):
    FTP()
    FTP_TLS()
    urlopen()
    urlopen("")
    urlopen("ftp://")
    urlopen("ftp://@")
    urlopen("ftp://:@/")
    urlopen("   ")


def make_client():
    return FTP_TLS


def load():
    return None
