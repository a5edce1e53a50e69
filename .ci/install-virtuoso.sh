#!/bin/sh
# Install Virtuoso Open Source (Debian package virtuoso-opensource) for the
# remote-store tests in tests/test_remote_push.py and tests/test_remote_query.py, only when virtuoso-t is missing.
# Non-interactive: the dba password debconf asks for is preseeded (the tests
# never use the system database: they run virtuoso-t on a temporary copy of
# /etc/virtuoso-opensource-7/virtuoso.ini), and the package's own service is
# kept from starting during the install.
set -eu

if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
    echo "virtuoso: already installed ($(command -v virtuoso-t))"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "virtuoso: not root and no sudo; Virtuoso tests will be skipped" >&2
        exit 1
    fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "virtuoso: no apt-get on this machine; Virtuoso tests will be skipped" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
PASSWORD="${VIRTUOSO_DBA_PASSWORD:-dba}"
printf '%s\n' \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password $PASSWORD" \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password $PASSWORD" \
    | $SUDO debconf-set-selections

# keep invoke-rc.d from starting the system-wide server (it listens on all interfaces)
POLICY=/usr/sbin/policy-rc.d
CREATED_POLICY=0
if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
    $SUDO chmod 755 "$POLICY"
    CREATED_POLICY=1
fi
cleanup() { if [ "$CREATED_POLICY" = 1 ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT

$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource
echo "virtuoso: installed $(command -v virtuoso-t)"
