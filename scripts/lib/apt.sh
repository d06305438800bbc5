# Debian packages for the provisioning scripts, on a machine where another apt-get or dpkg
# (unattended upgrades on a fresh machine, another provisioning run) may hold the locks.
# Source it, then: apt_install_missing "<who>" package...
#   - packages already installed: says so and returns at once (no apt-get, no root);
#   - otherwise `apt-get update` and `install` of the missing ones, waiting for the locks.
# `apt_get_waiting_for_locks` (any apt-get arguments, e.g. `download`) is there for the rest.

# How long apt-get waits for another package manager to release its locks before giving up.
readonly APT_LOCK_WAIT_SECONDS=${SXS_APT_LOCK_WAIT_SECONDS:-1200}
readonly APT_LOCK_MESSAGE='Could not get lock|Unable to lock|Unable to acquire the dpkg frontend lock'

apt_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The packages among the arguments that are not installed, one a line.
apt_missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$package"
  done
}

# apt-get that waits for the locks another apt-get or dpkg holds instead of failing at once. The
# first try does not wait, so a held lock is reported with what holds it (apt itself waits
# silently); later tries let apt wait for the dpkg locks (DPkg::Lock::Timeout), and since the
# package lists lock of `update` and the archives lock of a download take no timeout in apt, a
# lock failure is tried again every few seconds until the deadline. Other failures fail at once.
# Prefix of its messages: $APT_WHO (default "apt").
apt_get_waiting_for_locks() {
  local deadline=$((SECONDS + APT_LOCK_WAIT_SECONDS)) lock_timeout=0 output status
  while :; do
    status=0
    output=$(apt_as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout="$lock_timeout" "$@" 2>&1) || status=$?
    if [ "$status" -eq 0 ]; then return 0; fi
    if ! grep -Eq "$APT_LOCK_MESSAGE" <<<"$output" || [ "$SECONDS" -ge "$deadline" ]; then
      printf '%s\n' "$output" >&2
      return "$status"
    fi
    if [ "$lock_timeout" -eq 0 ]; then
      printf '%s: apt-get %s: waiting up to %s s for another package manager to finish (%s)\n' "${APT_WHO:-apt}" "$1" "$APT_LOCK_WAIT_SECONDS" \
        "$(grep -Em1 "$APT_LOCK_MESSAGE" <<<"$output" | sed 's/^E: //')"
    fi
    lock_timeout=$((deadline - SECONDS > 0 ? deadline - SECONDS : 1))
    sleep 5
  done
}

# Installs those of the packages that are missing; `who` prefixes the messages.
apt_install_missing() {
  local who=$1 missing
  shift
  mapfile -t missing < <(apt_missing_packages "$@")
  if [ "${#missing[@]}" -eq 0 ]; then
    printf '%s: apt: %s already installed\n' "$who" "$*"
    return 0
  fi
  printf '%s: apt: installing %s\n' "$who" "${missing[*]}"
  APT_WHO=$who apt_get_waiting_for_locks update -qq
  APT_WHO=$who apt_get_waiting_for_locks install -y -qq --no-install-recommends "${missing[@]}"
  printf '%s: apt: installed\n' "$who"
}
