# Shared by bin/demo and bin/test: build the plugin, fetch SonarQube and the scanner through Maven, run a
# local SonarQube (127.0.0.1 only, embedded H2) with the plugin, and talk to its Web API.
# Source it; it sets no shell options of its own. Everything it writes lives under $CACHE (git-ignored).

SCANNER_VERSION=8.1.0.6389
SCANNER_ARTIFACT=org.sonarsource.scanner.cli:sonar-scanner-cli:$SCANNER_VERSION:jar
PLUGIN_GLOB='sonar-ftp-security-plugin-*.jar'

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PORT=${SONAR_PORT:-9000}
URL=http://127.0.0.1:$PORT
START_TIMEOUT=${SONAR_START_TIMEOUT:-900}
# When run as root, the server runs as this unprivileged user (Elasticsearch refuses root).
SERVER_USER=${SONAR_SERVER_USER:-sonarqube}

say() { printf '%s\n' "==> $*" >&2; }
die() { printf '%s\n' "ERROR: $*" >&2; exit 1; }

# --- SonarQube version -----------------------------------------------------------------------------------

# The Community Builds the plugin supports and is tested on (README, "Supported SonarQube versions"), oldest first.
SUPPORTED_VERSIONS=(26.1.0.118079 26.4.0.121862 26.9.0.129388)
DEFAULT_VERSION=26.9.0.129388

# use_version VERSION: the SonarQube the following commands fetch, start, stop and talk to. VERSION is a full
# version or its short form (26.1); SONAR_VERSION sets the first one. Each version has its own server (database
# included) under $CACHE, and its distribution in ~/.m2.
use_version() {
  local wanted=$1 version
  for version in "${SUPPORTED_VERSIONS[@]}"; do
    if [[ $wanted == "$version" || $wanted == "${version%.*.*}" ]]; then
      SQ_VERSION=$version
      SQ_ARTIFACT=org.sonarsource.sonarqube:sonar-application:$SQ_VERSION:zip
      [[ -n ${CACHE:-} ]] && set_server_paths
      return 0
    fi
  done
  die "unsupported SonarQube version: $wanted (supported: ${SUPPORTED_VERSIONS[*]}, short forms like 26.1 too)"
}

# Runs "$@" in the background and prints a line every 10 s until it ends, so no minute passes in silence.
# The command's own output goes to the log file given first; its last lines are shown when it fails.
with_progress() {
  local what=$1 log=$2; shift 2
  local start=$SECONDS
  "$@" >"$log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    if (( (SECONDS - start) % 10 == 0 )) && kill -0 "$pid" 2>/dev/null; then
      printf '    ... %s (%ds%s)\n' "$what" $((SECONDS - start)) "$(progress_detail)" >&2
    fi
  done
  if ! wait "$pid"; then
    tail -n 30 "$log" >&2
    die "$what failed (full output: $log)"
  fi
  PROGRESS_DETAIL_FILE=
}

PROGRESS_DETAIL_FILE=
progress_detail() {
  [[ -n $PROGRESS_DETAIL_FILE ]] || return 0
  local size
  size=$(du -sm "$PROGRESS_DETAIL_FILE" 2>/dev/null | cut -f1)
  [[ -n $size ]] && printf ', %s MB so far' "$size"
}

# --- JDK -------------------------------------------------------------------------------------------------

# A full JDK 21+: python-frontend 5.31 is Java 21 bytecode, and Elasticsearch needs jdk.attach, which the
# JREs inside the SonarQube zip lack. Prefers $JAVA_HOME, then Temurin 25, then any JDK under /usr/lib/jvm.
select_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [[ -n $candidate && -x $candidate/bin/java && -x $candidate/bin/javac ]] || continue
    local modules major
    modules=$("$candidate/bin/java" --list-modules 2>/dev/null) || continue
    major=$(sed -n 's/^java\.base@\([0-9]*\).*/\1/p' <<<"$modules")
    if [[ ${major:-0} -ge 21 ]] && grep -q '^jdk\.attach@' <<<"$modules"; then
      export JAVA_HOME=$candidate
      return 0
    fi
  done
  die "no full JDK 21 or later found (looked at \$JAVA_HOME and /usr/lib/jvm/*).
       Install one (e.g. Temurin 25 at /usr/lib/jvm/temurin-25-jdk-amd64) or set JAVA_HOME to it.
       A JRE is not enough: Elasticsearch inside SonarQube needs the jdk.attach module."
}

# --- Cache layout ----------------------------------------------------------------------------------------

# As root the server runs as $SERVER_USER, who must reach the cache. A clone under /root is closed to other
# users, so the cache then moves to /var/tmp.
setup_cache() {
  CACHE=${FTPSEC_CACHE:-$ROOT/.sonarqube-run}
  mkdir -p "$CACHE"
  if [[ $EUID -eq 0 ]]; then
    ensure_server_user
    if ! runuser -u "$SERVER_USER" -- test -x "$CACHE"; then
      CACHE=/var/tmp/ftp-security-sonarqube
      say "user $SERVER_USER cannot reach $ROOT; keeping the server in $CACHE instead"
      mkdir -p "$CACHE"
      chmod 755 "$CACHE"
    fi
  fi
  SCANNER_JAR=$CACHE/sonar-scanner-cli-$SCANNER_VERSION.jar
  LOGS=$CACHE/logs
  mkdir -p "$LOGS"
  set_server_paths
}

set_server_paths() {
  SQ_HOME=$CACHE/sonarqube-$SQ_VERSION
  # each server has its own database, so its own admin password
  ADMIN_PASSWORD_FILE=$CACHE/admin-password-$SQ_VERSION
  # the file of the days when there was one server (26.9)
  if [[ $SQ_VERSION == 26.9.0.129388 && -f $CACHE/admin-password && ! -f $ADMIN_PASSWORD_FILE ]]; then
    mv "$CACHE/admin-password" "$ADMIN_PASSWORD_FILE"
  fi
}

# Stops our servers of other versions that listen on $PORT: the versions take turns on one port.
stop_other_versions() {
  local version current=$SQ_VERSION
  for version in "${SUPPORTED_VERSIONS[@]}"; do
    [[ $version != "$current" ]] || continue
    grep -qx "sonar.web.port=$PORT" "$CACHE/sonarqube-$version/conf/sonar.properties" 2>/dev/null || continue
    use_version "$version"
    if server_pid >/dev/null; then
      say "SonarQube $version runs on port $PORT: stopping it for SonarQube $current"
      stop_server
    fi
  done
  use_version "$current"
}

ensure_server_user() {
  id -u "$SERVER_USER" >/dev/null 2>&1 && return 0
  say "creating the unprivileged user '$SERVER_USER' to run SonarQube (Elasticsearch refuses root)"
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$SERVER_USER" \
    || die "could not create user $SERVER_USER"
}

# Runs a command as the server's user: root hands it to $SERVER_USER, anyone else runs it as themselves.
as_server_user() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u "$SERVER_USER" -- "$@"
  else
    "$@"
  fi
}

# --- Build and fetch -------------------------------------------------------------------------------------

build_plugin() {
  say "building the plugin jar (mvn package -DskipTests)"
  (cd "$ROOT" && with_progress "building the plugin" "$LOGS/build.log" mvn -B -q -Dstyle.color=never package -DskipTests)
  PLUGIN_JAR=$(ls "$ROOT"/target/$PLUGIN_GLOB 2>/dev/null | grep -v -- '-sources\|-original' | head -n 1)
  [[ -f $PLUGIN_JAR ]] || die "mvn package made no plugin jar in $ROOT/target"
}

DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# Copies an artifact into a folder through Maven: Maven Central the first time, the local Maven repository
# (~/.m2) after that.
fetch_artifact() {
  local gav=$1 label=$2 into=$3
  IFS=: read -r group artifact version type <<<"$gav"
  local m2=${MAVEN_REPO:-$HOME/.m2/repository}/${group//.//}/$artifact/$version
  [[ -f $m2/$artifact-$version.$type ]] || say "downloading $label from Maven Central (first run only)"
  (cd "$ROOT" && PROGRESS_DETAIL_FILE=$m2 && with_progress "fetching $label" "$LOGS/fetch-$artifact.log" \
    mvn -B -ntp -Dstyle.color=never "$DEPENDENCY_PLUGIN:copy" -Dartifact="$gav" -DoutputDirectory="$into" -Dmdep.overWriteReleases=true)
  [[ -f $into/$artifact-$version.$type ]] || die "$label is not in $into after mvn dependency:copy"
}

fetch_sonarqube() {
  if [[ ! -f $SQ_HOME/bin/linux-x86-64/sonar.sh ]]; then
    local tmp=$CACHE/download
    rm -rf "$tmp" "$SQ_HOME"
    fetch_artifact "$SQ_ARTIFACT" "SonarQube $SQ_VERSION (about 1 GB)" "$tmp"
    say "unpacking SonarQube into $SQ_HOME"
    PROGRESS_DETAIL_FILE=$tmp
    # The zip's JREs are for scanners that ask the server for one; ours runs on the JDK we picked.
    with_progress "unpacking SonarQube" "$LOGS/unzip.log" \
      unzip -q "$tmp/sonar-application-$SQ_VERSION.zip" -x "sonarqube-$SQ_VERSION/jres/*" -d "$tmp"
    mv "$tmp/sonarqube-$SQ_VERSION" "$SQ_HOME"
    rm -rf "$tmp"
  fi
  if [[ ! -f $SCANNER_JAR ]]; then
    fetch_artifact "$SCANNER_ARTIFACT" "SonarScanner CLI $SCANNER_VERSION" "$CACHE"
  fi
}

# analyzer_jar python|java: that analyzer's jar inside the SonarQube distribution, the one connected mode gives
# SonarLint's engine.
analyzer_jar() {
  local jar
  jar=$(ls "$SQ_HOME"/lib/extensions/sonar-"$1"-plugin-*.jar 2>/dev/null | head -n 1)
  [[ -f $jar ]] || die "no sonar-$1-plugin jar in $SQ_HOME/lib/extensions"
  printf '%s\n' "$jar"
}

# --- Server lifecycle ------------------------------------------------------------------------------------

server_pid() {
  local pidfile=$SQ_HOME/bin/linux-x86-64/SonarQube.pid pid
  [[ -f $pidfile ]] || return 1
  pid=$(cat "$pidfile")
  [[ -n $pid ]] && ps -p "$pid" -o args= 2>/dev/null | grep -q "sonar-application-$SQ_VERSION.jar" || return 1
  printf '%s\n' "$pid"
}

server_status() {
  curl -s --max-time 5 "$URL/api/system/status" 2>/dev/null | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p' || true
}

# The compute engine processes each analysis report, every issue of it; room for tens of thousands of issues
# (its default heap is 512 MB).
CE_JAVA_OPTS='-Xmx2g -Xms128m'

# Our settings, kept in a marked block at the end of conf/sonar.properties; a change needs a restart.
SETTINGS_BEGIN='# >>> ftp-security (written by bin/lib/sonarqube.sh)'
SETTINGS_END='# <<< ftp-security'
desired_settings() {
  cat <<EOF
$SETTINGS_BEGIN
sonar.web.host=127.0.0.1
sonar.web.port=$PORT
sonar.search.host=127.0.0.1
sonar.search.port=0
sonar.embeddedDatabase.port=$((PORT + 92))
sonar.telemetry.enable=false
sonar.updatecenter.activate=false
sonar.ce.javaOpts=$CE_JAVA_OPTS
$SETTINGS_END
EOF
}

current_settings() {
  sed -n "\\|^$SETTINGS_BEGIN\$|,\\|^$SETTINGS_END\$|p" "$SQ_HOME/conf/sonar.properties"
}

# Copies the plugin jar into extensions/plugins/ and writes our settings. Prints "changed" when the server
# must (re)start to see them.
deploy_plugin() {
  local plugins=$SQ_HOME/extensions/plugins changed=
  local deployed=$plugins/$(basename "$PLUGIN_JAR")
  if [[ ! -f $deployed || $(jar_fingerprint "$PLUGIN_JAR") != $(jar_fingerprint "$deployed") ]]; then
    rm -f "$plugins"/$PLUGIN_GLOB
    cp "$PLUGIN_JAR" "$plugins/"
    changed=1
  fi
  if [[ "$(current_settings)" != "$(desired_settings)" ]]; then
    local conf=$SQ_HOME/conf/sonar.properties
    sed -i "\\|^$SETTINGS_BEGIN\$|,\\|^$SETTINGS_END\$|d" "$conf"
    desired_settings >>"$conf"
    changed=1
  fi
  [[ $EUID -eq 0 ]] && chown -R "$SERVER_USER:" "$SQ_HOME"
  [[ -n $changed ]] && echo changed
  return 0
}

# What a jar holds, leaving out what changes on every build (entry dates, build dates in META-INF).
jar_fingerprint() {
  { unzip -Z1 "$1"; unzip -p "$1" META-INF/MANIFEST.MF | grep -v '^Plugin-BuildDate:'; unzip -p "$1" -x 'META-INF/*'; } \
    | sha256sum | cut -d' ' -f1
}

# Starts the server unless it already runs with the current jar and settings, then waits until it is UP.
# Sets STARTED_HERE=1 as soon as this call has started a server (even one that then fails to come UP).
ensure_server() {
  STARTED_HERE=
  local changed
  changed=$(deploy_plugin)
  if server_pid >/dev/null; then
    if [[ -z $changed ]]; then
      say "reusing the SonarQube already running at $URL"
      wait_until_up
      return 0
    fi
    say "the plugin jar or the settings changed: restarting SonarQube"
    stop_server
  fi
  stop_other_versions
  if curl -s --max-time 5 -o /dev/null "$URL"; then
    die "port $PORT already answers, but not with our SonarQube ($SQ_HOME). Stop that server or pick
       another port: SONAR_PORT=9100 $0"
  fi
  start_server
}

start_server() {
  say "starting SonarQube $SQ_VERSION at $URL as user $([[ $EUID -eq 0 ]] && echo "$SERVER_USER" || id -un)"
  rm -f "$SQ_HOME"/logs/*.log
  (cd "$SQ_HOME" && as_server_user env HOME="$SQ_HOME/temp" SONAR_JAVA_PATH="$JAVA_HOME/bin/java" \
    sh bin/linux-x86-64/sonar.sh start) >"$LOGS/sonar-sh.log" 2>&1 || {
    cat "$LOGS/sonar-sh.log" >&2
    die "sonar.sh start failed"
  }
  STARTED_HERE=1
  recover_pid_file
  wait_until_up
}

# sonar.sh checks its start at once: on a loaded machine the process has not shown its command line yet, and
# sonar.sh deletes the pid file it has just written ("Failed to start") while the server goes on starting. Then
# the pid file is written again, with the process of this server (its working directory is ours: servers of other
# checkouts have the same command line).
recover_pid_file() {
  local bin pid tries
  bin=$(cd "$SQ_HOME/bin/linux-x86-64" && pwd -P)
  for tries in 1 2 3 4 5 6 7 8 9 10; do
    server_pid >/dev/null && return 0
    for pid in $(pgrep -f "sonar-application-$SQ_VERSION.jar" || true); do
      if [[ $(readlink "/proc/$pid/cwd" 2>/dev/null) == "$bin" ]] && ps -p "$pid" -o args= | grep -q -- "-jar ../../lib/sonar-application"; then
        say "sonar.sh lost track of the server it started (process $pid): writing its pid file again"
        as_server_user sh -c "echo $pid > '$bin/SonarQube.pid'"
        return 0
      fi
    done
    sleep 1
  done
}

wait_until_up() {
  local start=$SECONDS status= last=
  while :; do
    status=$(server_status)
    [[ $status == UP ]] && break
    if ! server_pid >/dev/null; then
      server_log_tail
      die "SonarQube stopped while starting (logs above, all of them in $SQ_HOME/logs)"
    fi
    if (( SECONDS - start > START_TIMEOUT )); then
      server_log_tail
      die "SonarQube was not UP after ${START_TIMEOUT}s (status: ${status:-no answer}); it is still running,
       stop it with: $ROOT/bin/demo stop"
    fi
    if [[ $status != "$last" ]] || (( (SECONDS - start) % 10 == 0 )); then
      printf '    ... SonarQube %s (%ds)\n' "${status:-starting, no answer yet}" $((SECONDS - start)) >&2
      last=$status
    fi
    sleep 1
  done
  SERVER_UP_SECONDS=$((SECONDS - start))
  say "SonarQube is UP (waited ${SERVER_UP_SECONDS}s)"
}

server_log_tail() {
  local log
  for log in sonar es web ce; do
    [[ -s $SQ_HOME/logs/$log.log ]] || continue
    printf -- '--- last lines of %s ---\n' "$SQ_HOME/logs/$log.log" >&2
    tail -n 25 "$SQ_HOME/logs/$log.log" >&2
  done
  [[ -s $SQ_HOME/logs/nohup.log ]] && { printf -- '--- %s ---\n' "$SQ_HOME/logs/nohup.log" >&2; tail -n 25 "$SQ_HOME/logs/nohup.log" >&2; }
  return 0
}

stop_server() {
  if ! server_pid >/dev/null; then
    say "SonarQube is not running"
    return 0
  fi
  say "stopping SonarQube"
  (cd "$SQ_HOME" && as_server_user env HOME="$SQ_HOME/temp" SONAR_JAVA_PATH="$JAVA_HOME/bin/java" \
    sh bin/linux-x86-64/sonar.sh stop) >"$LOGS/sonar-sh-stop.log" 2>&1 || true
  local pid
  if pid=$(server_pid); then
    say "SonarQube did not stop gracefully; killing process $pid"
    kill -9 "$pid" 2>/dev/null || true
  fi
}

# --- Web API ---------------------------------------------------------------------------------------------

# api METHOD PATH [curl args...]: authenticated call as admin, prints the body, fails on HTTP >= 400.
api() {
  local method=$1 path=$2; shift 2
  curl -sS --fail-with-body --max-time 60 -u "admin:$ADMIN_PASSWORD" -X "$method" "$URL/$path" "$@"
}

# The admin password: the one saved by an earlier run, or admin/admin changed at first login (SonarQube
# asks for a new one). It is kept in $ADMIN_PASSWORD_FILE so the user can log into the web UI.
login_admin() {
  if [[ -f $ADMIN_PASSWORD_FILE ]]; then
    ADMIN_PASSWORD=$(cat "$ADMIN_PASSWORD_FILE")
    is_admin_password && return 0
  fi
  ADMIN_PASSWORD=admin
  if is_admin_password; then
    local new
    new="Ftp-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')-1a"
    api POST api/users/change_password --data-urlencode login=admin --data-urlencode previousPassword=admin \
      --data-urlencode "password=$new" >/dev/null || die "could not change the default admin password"
    ADMIN_PASSWORD=$new
    (umask 077 && printf '%s\n' "$new" >"$ADMIN_PASSWORD_FILE")
    return 0
  fi
  die "cannot log in as admin: $ADMIN_PASSWORD_FILE is missing or outdated. Start afresh with:
       $ROOT/bin/demo reset"
}

is_admin_password() {
  curl -s --max-time 10 -u "admin:$ADMIN_PASSWORD" "$URL/api/users/current" 2>/dev/null | grep -q '"isLoggedIn":true'
}

# A fresh user token of admin for the scanner and the end-to-end test (any older one of that name is revoked).
admin_token() {
  local name=$1
  api POST api/user_tokens/revoke --data-urlencode login=admin --data-urlencode "name=$name" >/dev/null 2>&1 || true
  api POST api/user_tokens/generate --data-urlencode login=admin --data-urlencode "name=$name" \
    | json_field token
}

# json_field NAME: the value of a top-level field of the JSON read from stdin.
json_field() {
  python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"
}

# Compiles examples/java with the JDK against its libraries, which Maven fetches from examples/java/pom.xml, and
# sets what the Java analyzer needs: JAVA_BINARIES (the classes folder) and JAVA_LIBRARIES (the jars, comma-separated).
compile_java_examples() {
  local out=$CACHE/java-examples
  rm -rf "$out" && mkdir -p "$out/classes"
  say "compiling examples/java against its libraries (fetched through Maven)"
  mvn -B -ntp -Dstyle.color=never -f "$ROOT/examples/java/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$out/classpath.txt" >"$LOGS/java-examples-classpath.log" 2>&1 \
    || { tail -n 30 "$LOGS/java-examples-classpath.log" >&2; die "could not fetch the libraries of examples/java"; }
  find "$ROOT/examples/java/src" -name '*.java' >"$out/sources.txt"
  "$JAVA_HOME/bin/javac" --release 21 -d "$out/classes" -cp "$(cat "$out/classpath.txt")" @"$out/sources.txt" \
    || die "could not compile examples/java"
  JAVA_BINARIES=$out/classes
  JAVA_LIBRARIES=$(tr ':' ',' <"$out/classpath.txt")
}

use_version "${SONAR_VERSION:-$DEFAULT_VERSION}"
