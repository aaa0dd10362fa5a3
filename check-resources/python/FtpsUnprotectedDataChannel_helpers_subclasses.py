import ftplib
import ssl
from ftplib import FTP_TLS
from unresolved_project_module import open_session


# ---------------------------------------------------------------- helpers that return a client

def connect(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    return ftps


def listing_through_helper(host, user, password):
    ftps = connect(host, user, password)
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Client returned here without "prot_p()"}}
    return ftps.nlst()  # Noncompliant {{Call "prot_p()" on this FTP_TLS client before this transfer on every path; until then its data travels in clear text.}}
#          ^^^^^^^^^


def connect_directly(host):
    return FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}


def connect_through_two_helpers(host):
    return connect_directly(host)


def download_through_nested_helpers(host, sink):
    client = connect_through_two_helpers(host)
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{Client returned here without "prot_p()"}}
    client.login()
    client.retrbinary("RETR a.bin", sink)  # Noncompliant
#   ^^^^^^^^^^^^^^^^^


class Session:
    def _open(self, host):
        ftps = FTP_TLS(host, context=ssl.create_default_context())
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
        ftps.login()
        return ftps

    def listing(self, host):
        ftps = self._open(host)
#              ^^^^^^^^^^^^^^^^> {{Client returned here without "prot_p()"}}
        return ftps.mlsd()  # Noncompliant
#              ^^^^^^^^^


def connect_protected(host, user, password):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.prot_p()
    return ftps


def listing_through_protecting_helper(host, user, password):
    ftps = connect_protected(host, user, password)
    return ftps.nlst()


def protected_helper_then_prot_c(host, user, password):
    ftps = connect_protected(host, user, password)
    ftps.prot_c()
#   ^^^^^^^^^^^^^> {{Data channel switched to clear text here}}
    ftps.nlst()  # Noncompliant {{Call "prot_p()" again before this transfer; "prot_c()" switched its data channel back to clear text.}}
#   ^^^^^^^^^


def helper_then_prot_p(host, user, password):
    ftps = connect(host, user, password)
    ftps.prot_p()
    return ftps.nlst()


def connect_maybe_protected(host, secure):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    ftps.login()
    if secure:
        ftps.prot_p()
        return ftps
    return ftps


def listing_through_disagreeing_helper(host, secure):
    ftps = connect_maybe_protected(host, secure)
    return ftps.nlst()  # one return protects, the other does not: silent


def connect_or_reuse(host, cached):
    if cached is not None:
        return cached
    return FTP_TLS(host, context=ssl.create_default_context())


def listing_through_helper_returning_a_parameter(host, cached):
    ftps = connect_or_reuse(host, cached)
    return ftps.nlst()


def connect_or_nothing(host):
    if not host:
        return None
    return FTP_TLS(host, context=ssl.create_default_context())


def listing_through_helper_returning_none(host):
    ftps = connect_or_nothing(host)
    return ftps.nlst()


def listing_through_unresolved_helper(host):
    ftps = open_session(host)
    return ftps.nlst()


def connect_and_hand_over(host, configure):
    ftps = FTP_TLS(host, context=ssl.create_default_context())
    configure(ftps)  # may call prot_p()
    return ftps


def listing_through_helper_that_hands_over(host, configure):
    ftps = connect_and_hand_over(host, configure)
    return ftps.nlst()


def recursive_connect(host, attempts):
    if attempts > 0:
        return recursive_connect(host, attempts - 1)
    return FTP_TLS(host, context=ssl.create_default_context())


def listing_through_recursive_helper(host):
    ftps = recursive_connect(host, 3)
    return ftps.nlst()


# ---------------------------------------------------------------- subclasses judged by their overrides

class ProtectsOnLogin(FTP_TLS):
    def login(self, *args, **kwargs):
        response = super().login(*args, **kwargs)
        self.prot_p()
        return response


def subclass_protecting_on_login(host, user, password):
    ftps = ProtectsOnLogin(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()


def subclass_protecting_on_login_then_prot_c(host, user, password):
    ftps = ProtectsOnLogin(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.prot_c()
#   ^^^^^^^^^^^^^> {{Data channel switched to clear text here}}
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


def subclass_logging_in_from_constructor(host, user, password):
    ftps = ProtectsOnLogin(host, user, password, context=ssl.create_default_context())
    ftps.nlst()  # the constructor called the protecting login


def transfer_before_the_protecting_login(host, user, password):
    ftps = ProtectsOnLogin(context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.connect(host)
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^
    ftps.login(user, password)


class ProtectsOnLoginExplicitSuper(FTP_TLS):
    def login(self, *args, **kwargs):
        response = super(ProtectsOnLoginExplicitSuper, self).login(*args, **kwargs)
        self.prot_p()
        return response


def subclass_with_explicit_super(host, user, password):
    ftps = ProtectsOnLoginExplicitSuper(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()  # the override calls prot_p() after super(Cls, self).login()


def subclass_with_explicit_super_then_prot_c(host, user, password):
    ftps = ProtectsOnLoginExplicitSuper(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.prot_c()
#   ^^^^^^^^^^^^^> {{Data channel switched to clear text here}}
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


class SkipsItsOwnBase(ProtectsOnLogin):
    def login(self, *args, **kwargs):
        # super(ProtectsOnLogin, self) skips ProtectsOnLogin.login: not the plain super() form, so unknown
        return super(ProtectsOnLogin, self).login(*args, **kwargs)


def subclass_calling_super_of_another_class(host, user, password):
    ftps = SkipsItsOwnBase(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_c()
    ftps.nlst()  # silent: what the override runs is not followed


class ProtectsInInit(FTP_TLS):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.prot_p()


def subclass_protecting_in_init(host, user, password):
    ftps = ProtectsInInit(host, user, password, context=ssl.create_default_context())
    ftps.nlst()


class LogsItsLogins(FTP_TLS):
    """Overrides login with code that leaves the data channel alone: behaves like FTP_TLS."""
    def login(self, user="", passwd="", acct="", secure=True):
        print("logging in as", user, "to", self.host)
        return super().login(user, passwd, acct, secure)


def subclass_with_neutral_login(host, user, password):
    ftps = LogsItsLogins(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.retrlines("LIST")  # Noncompliant
#   ^^^^^^^^^^^^^^


class ForwardsItsInit(FTP_TLS):
    def __init__(self, host, *args, **kwargs):
        super().__init__(host, *args, **kwargs)
        self.set_pasv(True)


def subclass_with_neutral_init(host, user, password):
    ftps = ForwardsItsInit(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


class ChildOfProtecting(ProtectsOnLogin):
    timeout_seconds = 30


def grandchild_protecting_on_login(host, user, password):
    ftps = ChildOfProtecting(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()


class OverridesProtP(FTP_TLS):
    def prot_p(self):
        print("not protecting")


class CallsOverriddenProtP(OverridesProtP):
    def login(self, *args, **kwargs):
        response = super().login(*args, **kwargs)
        self.prot_p()
        return response


def subclass_calling_overridden_prot_p(host, user, password):
    ftps = CallsOverriddenProtP(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()  # what the overridden prot_p() does is not known: silent


def subclass_overriding_prot_p(host, user, password):
    ftps = OverridesProtP(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.prot_p()
    ftps.nlst()


class OverridesTransfers(FTP_TLS):
    def ntransfercmd(self, cmd, rest=None):
        conn, size = super().ntransfercmd(cmd, rest)
        return self.context.wrap_socket(conn, server_hostname=self.host), size


def subclass_overriding_transfers(host, user, password):
    ftps = OverridesTransfers(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()


class LoginHandsSelfOver(FTP_TLS):
    def login(self, *args, **kwargs):
        response = super().login(*args, **kwargs)
        register(self)
        return response


def subclass_whose_login_hands_itself_over(host, user, password):
    ftps = LoginHandsSelfOver(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()


class ProtectsOnSomeLogins(FTP_TLS):
    def login(self, user="", passwd="", acct="", secure=True):
        response = super().login(user, passwd, acct, secure)
        if secure:
            self.prot_p()
        return response


def subclass_protecting_on_some_paths(host, user, password):
    # prot_p() on some paths of the override only does not protect: the paths that skip it leave the channel clear
    ftps = ProtectsOnSomeLogins(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password, secure=False)
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


def subclass_protecting_on_some_paths_then_protected(host, user, password):
    ftps = ProtectsOnSomeLogins(host, context=ssl.create_default_context())
    ftps.login(user, password, secure=False)
    ftps.prot_p()
    ftps.nlst()


class ProtectsInInitWhenAsked(FTP_TLS):
    def __init__(self, *args, protect=True, **kwargs):
        super().__init__(*args, **kwargs)
        if protect:
            self.prot_p()


def subclass_protecting_on_some_paths_of_init(host, user, password):
    ftps = ProtectsInInitWhenAsked(host, user, password, context=ssl.create_default_context(), protect=False)
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


class ProtectsOnLoginThroughItsBase(FTP_TLS):
    def login(self, *args, **kwargs):
        response = FTP_TLS.login(self, *args, **kwargs)  # the old spelling of super().login(...)
        self.prot_p()
        return response


def subclass_calling_its_base_explicitly(host, user, password):
    ftps = ProtectsOnLoginThroughItsBase(host, context=ssl.create_default_context())
    ftps.login(user, password)
    ftps.nlst()


def subclass_calling_its_base_explicitly_then_prot_c(host, user, password):
    ftps = ProtectsOnLoginThroughItsBase(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.prot_c()
#   ^^^^^^^^^^^^^> {{Data channel switched to clear text here}}
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


class LogsItsLoginsThroughItsBase(FTP_TLS):
    def login(self, user="", passwd="", acct="", secure=True):
        print("logging in as", user)
        return FTP_TLS.login(self, user, passwd, acct, secure)


def subclass_with_neutral_login_through_its_base(host, user, password):
    ftps = LogsItsLoginsThroughItsBase(host, context=ssl.create_default_context())
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
    ftps.login(user, password)
    ftps.nlst()  # Noncompliant
#   ^^^^^^^^^


class CallsAnotherClassesLogin(FTP_TLS):
    def login(self, *args, **kwargs):
        # not its own base: what this runs is not followed
        return ProtectsOnLogin.login(self, *args, **kwargs)


class CallsItsBaseWithAnotherClient(FTP_TLS):
    def login(self, *args, **kwargs):
        return FTP_TLS.login(register(self), *args, **kwargs)


def subclasses_calling_other_code_explicitly(host, user, password):
    first = CallsAnotherClassesLogin(host, context=ssl.create_default_context())
    first.login(user, password)
    first.prot_c()
    first.nlst()
    second = CallsItsBaseWithAnotherClient(host, context=ssl.create_default_context())
    second.login(user, password)
    second.prot_c()
    second.nlst()


def register(client):
    return client


# ---------------------------------------------------------------- clients kept in attributes, per path in __init__

class ProtectedOnEveryPathOfInit:
    def __init__(self, host, user, password, verbose):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
        self.ftps.login(user, password)
        if verbose:
            print("protecting")
            self.ftps.prot_p()
        else:
            self.ftps.prot_p()

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


class ProtectedOnSomePathsOfInit:
    def __init__(self, host, user, password, secure):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
        self.ftps.login(user, password)
        if secure:
            self.ftps.prot_p()

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)  # Noncompliant
#       ^^^^^^^^^^^^^^^^^^^^


class ProtectedBeforeTheCreation:
    ftps: FTP_TLS

    def __init__(self, host, user, password):
        self.ftps.prot_p()
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
        self.ftps.login(user, password)

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)  # Noncompliant
#       ^^^^^^^^^^^^^^^^^^^^


class ReplacedAfterProtection:
    def __init__(self, host, backup, user, password):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
        self.ftps.login(user, password)
        self.ftps.prot_p()
        if backup:
            self.ftps = FTP_TLS(backup, context=ssl.create_default_context())
#                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
            self.ftps.login(user, password)

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)  # Noncompliant
#       ^^^^^^^^^^^^^^^^^^^^


class TransferInInitBeforeProtection:
    def __init__(self, host, user, password):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
#                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^> {{FTP_TLS client created here}}
        self.ftps.login(user, password)
        self.listing = self.ftps.nlst()  # Noncompliant
#                      ^^^^^^^^^^^^^^
        self.ftps.prot_p()

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


class ReconnectsInALoop:
    def __init__(self, hosts, user, password):
        for host in hosts:
            self.ftps = FTP_TLS(host, context=ssl.create_default_context())
            self.ftps.login(user, password)
            self.ftps.prot_p()

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


class HandedOverInInit:
    def __init__(self, host, configure):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
        configure(self.ftps)  # may call prot_p()

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


class ProtectedByAHelperMethod:
    def __init__(self, host):
        self.ftps = FTP_TLS(host, context=ssl.create_default_context())
        self._secure()

    def _secure(self):
        self.ftps.prot_p()

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


class KeepsProtectingSubclass:
    def __init__(self, host, user, password):
        self.ftps = ProtectsOnLogin(host, context=ssl.create_default_context())
        self.ftps.login(user, password)

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)


class SubclassProtectsLoginInAnotherMethod:
    def __init__(self, host):
        self.ftps = ProtectsOnLogin(host, context=ssl.create_default_context())

    def login(self, user, password):
        self.ftps.login(user, password)  # protects, in a method that may run before or after the upload

    def upload(self, name, data):
        self.ftps.storbinary("STOR " + name, data)
