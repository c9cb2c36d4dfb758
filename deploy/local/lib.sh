# Shared by deploy/local/up, deploy/local/down and .ci/run. Source it; it defines functions only.
# Everything runs on loopback; state (downloads, data, logs, pids) lives in deploy/local/.run (git-ignored).

UPPDRAG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$UPPDRAG_ROOT/deploy/local/.run"
KAFKA_VERSION=4.1.1
KEYCLOAK_VERSION=26.7.2
SERVICES=(catalogue partner-agreement enrolment invoicing portal)   # in start order; the portal calls the others
declare -A SERVICE_PORT=([catalogue]=8081 [partner-agreement]=8082 [enrolment]=8083 [invoicing]=8084 [portal]=8080)
# The local stand-in for the buyers' Peppol access points (deploy/peppol-receiver).
PEPPOL_PORT=8090
# The local mail catcher (MailDev from npm): SMTP for the services, a web view of what they sent.
MAILDEV_VERSION=3.0.0
MAIL_SMTP_PORT=1025
MAIL_WEB_PORT=1080
TOPICS=(catalogue.offerings partner.agreements enrolment.enrolments invoicing.invoices)

log() { printf '\033[1m==>\033[0m %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs PostgreSQL from Debian's packages if absent; starts the first cluster if it is stopped.
# Sets POSTGRES_STARTED=true when it started it (so down can stop it again), false when it was running already.
# (A flag, not printed output: the package manager's and pg_ctlcluster's own output made a printed answer unreliable.)
ensure_postgres() {
  POSTGRES_STARTED=false
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    log "Installing PostgreSQL from Debian's packages"
    as_root apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
  fi
  local version cluster status
  read -r version cluster status < <(pg_lsclusters --no-header | awk '{print $1, $2, $4}' | head -n 1)
  [ -n "${version:-}" ] || die "no PostgreSQL cluster found (pg_lsclusters shows none)"
  if [ "$status" != online ]; then
    as_root pg_ctlcluster "$version" "$cluster" start
    POSTGRES_STARTED=true
  fi
  local i
  for i in $(seq 1 30); do
    as_postgres psql -qAtc 'select 1' >/dev/null 2>&1 && return 0
    sleep 1
  done
  die "PostgreSQL did not answer within 30 s"
}

# ensure_packages PACKAGE:PATH...: installs from Debian's packages each package whose file (a command) is missing;
# refreshes the package lists only when an install from the cached ones fails.
ensure_packages() {
  local missing=() spec
  for spec in "$@"; do [ -e "${spec#*:}" ] || missing+=("${spec%%:*}"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "Installing ${missing[*]} from Debian's packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
    || { as_root apt-get update -qq >/dev/null && as_root apt-get install -y -qq "${missing[@]}" >/dev/null; } \
    || die "could not install ${missing[*]}"
}

# Installs MailDev (npm) into the run directory once, with Node.js from Debian's packages if the machine has none.
ensure_mail_catcher() {
  local home="$RUN_DIR/maildev"
  [ -f "$home/node_modules/maildev/package.json" ] \
    && grep -q "\"version\": \"$MAILDEV_VERSION\"" "$home/node_modules/maildev/package.json" && return 0
  command -v npm >/dev/null 2>&1 || ensure_packages nodejs:/usr/bin/node npm:/usr/bin/npm
  log "Installing the mail catcher MailDev $MAILDEV_VERSION from npm" >&2
  mkdir -p "$home"
  npm install --prefix "$home" --no-audit --no-fund --loglevel=error "maildev@$MAILDEV_VERSION" >&2 \
    || die "could not install MailDev from npm"
}

# ensure_role NAME PASSWORD [ATTRIBUTES]: a login role with a password (TCP logins need one here).
ensure_role() {
  as_postgres psql -v ON_ERROR_STOP=1 -qAt >/dev/null <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$1') then
    create role "$1" login password '$2' ${3:-};
  else
    alter role "$1" login password '$2' ${3:-};
  end if;
end \$\$;
SQL
}

# ensure_database NAME OWNER
ensure_database() {
  if [ -z "$(as_postgres psql -qAtc "select 1 from pg_database where datname = '$1'")" ]; then
    as_postgres createdb -O "$2" "$1"
  fi
}

is_running() { [ -f "$RUN_DIR/$1.pid" ] && kill -0 "$(cat "$RUN_DIR/$1.pid")" 2>/dev/null; }

# wait_for NAME SECONDS COMMAND...: retries COMMAND every half second.
wait_for() {
  local name=$1 seconds=$2; shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "$name was not ready within ${seconds}s (see $RUN_DIR/$name.log)"
    sleep 0.5
  done
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A JDK of at least the given major version: JAVA_HOME, then the installed JDKs, newest first.
find_java() {
  local want=$1 candidate v
  for candidate in "${JAVA_HOME:-}/bin/java" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) "$(command -v java)"; do
    [ -x "$candidate" ] || continue
    v=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
    [ "${v%%.*}" -ge "$want" ] 2>/dev/null && { echo "$candidate"; return 0; }
  done
  return 1
}

# service_command SERVICE JAVA [JVM-OPTIONS...]: the command line that runs a built service, in SERVICE_COMMAND: its
# jar on JAVA with deploy/service-jvm.options and the options given. On JDK 25 or newer it uses the service's AOT cache
# (target/quarkus-app/app.aot: classes loaded and linked and methods profiled by a training run) when there is a
# current one, and runs the same without it otherwise.
service_command() {
  local service=$1 java=$2 app="$UPPDRAG_ROOT/services/$1/target/quarkus-app"
  SERVICE_COMMAND=("$java" "@$UPPDRAG_ROOT/deploy/service-jvm.options" "${@:3}")
  if java_is_25 "$java" && aot_cache_current "$service"; then
    SERVICE_COMMAND+=(-XX:AOTCache="$app/app.aot")
  fi
  if java_is_25 "$java"; then
    # The cache's own notes (classes it could not store, a cache refused) are for whoever trains it, not the log.
    SERVICE_COMMAND+=('-Xlog:aot*=error,cds*=error')
  fi
  SERVICE_COMMAND+=(-jar "$app/quarkus-run.jar")
}

# demo_token USER: an access token for a demo user (password = user name) from the local Keycloak.
demo_token() {
  curl -sf -d grant_type=password -d client_id=uppdrag-cli -d username="$1" -d password="$1" \
    http://localhost:8180/realms/uppdrag/protocol/openid-connect/token | jq -r .access_token
}

java_is_25() {
  local v
  v=$("$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
  [ "${v%%.*}" -ge 25 ] 2>/dev/null
}

# aot_cache_current SERVICE: there is an AOT cache, newer than every file of the built service (the JVM refuses a
# cache whose class path changed; this spares it the attempt).
aot_cache_current() {
  local app="$UPPDRAG_ROOT/services/$1/target/quarkus-app"
  [ -f "$app/app.aot" ] && [ -z "$(find "$app" -type f ! -name 'app.aot*' -newer "$app/app.aot" -print -quit)" ]
}

# The one Kafka command line: Java, the log configuration of deploy/local/kafka and the jars deploy/local/up fetched
# into $RUN_DIR/kafka/lib. kafka_command sets it in KAFKA_COMMAND (for the broker, started in the background);
# kafka_run [JVM-OPTIONS...] CLASS ARGS... runs a tool with it.
kafka_command() {
  local java
  java=$(find_java 17) || die "Kafka needs Java 17 or newer"
  KAFKA_COMMAND=("$java" -Dlog4j2.configurationFile="$UPPDRAG_ROOT/deploy/local/kafka/log4j2.properties"
    -Dkafka.logs.dir="$RUN_DIR/kafka" -cp "$RUN_DIR/kafka/lib/*")
}
kafka_run() { kafka_command; "${KAFKA_COMMAND[@]}" "$@"; }

# Starts Keycloak (its distribution from Maven Central, on a JDK 21 or newer) on port 8180 with the uppdrag realm,
# unless it runs already, and waits until the realm answers. Prints "started" when it started it.
# Keycloak started if it is not running, and ready with the realm's clients.
ensure_keycloak() {
  start_keycloak
  await_keycloak
}

# Starts Keycloak if it is not running, without waiting for it: it takes the longest to start, so up starts it first
# and waits for it (await_keycloak) only when the services need it.
start_keycloak() {
  local kc_home="$RUN_DIR/keycloak-$KEYCLOAK_VERSION" kc_java
  mkdir -p "$RUN_DIR"
  if ! is_running keycloak; then
    log "Keycloak $KEYCLOAK_VERSION" >&2
    kc_java=$(find_java 21) || die "Keycloak needs Java 21 or newer; install one (e.g. a Temurin JDK) or set JAVA_HOME"
    if [ ! -x "$kc_home/bin/kc.sh" ]; then
      "$UPPDRAG_ROOT/mvnw" -B -q -f "$UPPDRAG_ROOT/pom.xml" -N dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$RUN_DIR" >&2
      rm -rf "$kc_home"   # the zip unpacks into keycloak-<version>, which is $kc_home
      # unzip keeps the scripts executable; the JDK's jar tool is there when unzip is not.
      (cd "$RUN_DIR" && if command -v unzip >/dev/null; then unzip -q "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
        else "$(dirname "$kc_java")/jar" xf "keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" \
          && chmod +x "keycloak-$KEYCLOAK_VERSION"/bin/*.sh; fi)
      [ -x "$kc_home/bin/kc.sh" ] || die "the Keycloak distribution did not unpack into $kc_home"
      rm -f "$RUN_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
    fi
    mkdir -p "$kc_home/data/import"
    cp "$UPPDRAG_ROOT/deploy/keycloak/uppdrag-realm.json" "$kc_home/data/import/"
    JAVA_HOME="$(dirname "$(dirname "$kc_java")")" KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      JAVA_OPTS_KC_HEAP="-Xms256m -Xmx768m" \
      nohup "$kc_home/bin/kc.sh" start-dev --http-port=8180 --hostname=http://localhost:8180 --import-realm \
      --health-enabled=true > "$RUN_DIR/keycloak.log" 2>&1 &
    echo $! > "$RUN_DIR/keycloak.pid"
    echo started
  fi
}

await_keycloak() {
  wait_for keycloak 180 curl -fsS http://localhost:8180/realms/uppdrag/.well-known/openid-configuration
  ensure_realm_clients
}

# --import-realm skips a realm that exists already, so a client added to deploy/keycloak/uppdrag-realm.json since the
# realm was first imported (the portal's, say) is created here through Keycloak's admin API. Clients that exist are
# left as they are.
ensure_realm_clients() {
  local kc=http://localhost:8180 realm_file="$UPPDRAG_ROOT/deploy/keycloak/uppdrag-realm.json" admin client_id existing
  command -v jq >/dev/null || ensure_packages jq:/usr/bin/jq
  admin=$(curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d password=admin \
    "$kc/realms/master/protocol/openid-connect/token" | jq -r .access_token) \
    || die "could not log in to Keycloak's admin API as admin/admin"
  for client_id in $(jq -r '.clients[].clientId' "$realm_file"); do
    existing=$(curl -fsS -H "Authorization: Bearer $admin" "$kc/admin/realms/uppdrag/clients?clientId=$client_id" | jq length)
    if [ "$existing" = 0 ]; then
      log "Adding client $client_id to the existing realm uppdrag" >&2
      jq --arg id "$client_id" '.clients[] | select(.clientId == $id)' "$realm_file" \
        | curl -fsS -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' --data-binary @- \
          "$kc/admin/realms/uppdrag/clients" >/dev/null || die "Keycloak refused client $client_id"
    fi
  done
}

# stop_process NAME: stops a process started here (its pid in $RUN_DIR/NAME.pid) and its children.
stop_process() {
  local name=$1 pid
  is_running "$name" || { rm -f "$RUN_DIR/$name.pid"; return 0; }
  pid=$(cat "$RUN_DIR/$name.pid")
  log "Stopping $name ($pid)"
  kill "$pid" 2>/dev/null
  pkill -TERM -P "$pid" 2>/dev/null || true   # kc.sh's java child; none for the others
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  rm -f "$RUN_DIR/$name.pid"
}
