#!/usr/bin/env bash
# Installs the real tools the interchange tests run against: OmegaT (a CAT tool, console mode),
# Translate Toolkit, xmllint, and the official XLIFF 1.2 strict / 2.0 schemas (shipped in
# Debian's php-symfony-translation, unpacked, no PHP needed) and the TMX 1.4 DTD (inside
# OmegaT.jar). Idempotent: a warm run only checks. Waits for the dpkg lock when another
# apt-get holds it instead of failing.
# Everything lands in .interchange-tools/ (git-ignored); the tests read the paths from there.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly TOOLS_DIR="$PWD/.interchange-tools"
readonly APT_PACKAGES=(omegat translate-toolkit libxml2-utils unzip)
say() { printf 'provision-interchange: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing_apt_packages() {
  local package
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || printf '%s\n' "$package"
  done
}

# apt-get waits up to 15 minutes for the dpkg lock itself; the loop also covers the lists lock
# of `apt-get update`, which older apt does not wait for.
apt_with_lock_wait() {
  local attempt
  for attempt in $(seq 1 60); do
    if as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 "$@"; then return 0; fi
    if ! pgrep -x 'apt-get|apt|dpkg|unattended-upgr' >/dev/null 2>&1 && [ "$attempt" -ge 3 ]; then return 1; fi
    say "apt-get busy or failed (attempt $attempt), waiting"
    sleep 10
  done
  return 1
}

mapfile -t missing < <(missing_apt_packages)
if [ "${#missing[@]}" -eq 0 ]; then
  say "apt: ${APT_PACKAGES[*]} already installed"
else
  say "apt: installing ${missing[*]}"
  apt_with_lock_wait update -qq
  apt_with_lock_wait install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "apt: installed"
fi

readonly SCHEMAS="$TOOLS_DIR/schemas"
if [ ! -f "$SCHEMAS/.complete" ]; then
  rm -rf "$TOOLS_DIR/symfony" "$SCHEMAS"
  mkdir -p "$TOOLS_DIR/symfony" "$SCHEMAS"
  (cd "$TOOLS_DIR/symfony" && apt_with_lock_wait download php-symfony-translation >/dev/null && dpkg-deb -x php-symfony-translation_*.deb extracted)
  cp -r "$TOOLS_DIR"/symfony/extracted/usr/share/php/Symfony/Component/Translation/Resources/schemas/. "$SCHEMAS/"
  # The 2.0 schema imports xml.xsd from a folder beside it.
  mkdir -p "$SCHEMAS/informativeCopiesOf3rdPartySchemas/w3c"
  cp "$SCHEMAS/xml.xsd" "$SCHEMAS/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"
  unzip -q -o -j /usr/share/omegat/OmegaT.jar 'schemas/tmx14*' -d "$SCHEMAS/tmx"
  # The 1.2 schema imports xml.xsd from the web: a catalog maps it to the local copy.
  cat > "$SCHEMAS/catalog.xml" <<CATALOG
<?xml version="1.0"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <system systemId="http://www.w3.org/2001/xml.xsd" uri="file://$SCHEMAS/xml.xsd"/>
  <uri name="http://www.w3.org/2001/xml.xsd" uri="file://$SCHEMAS/xml.xsd"/>
</catalog>
CATALOG
  touch "$SCHEMAS/.complete"
  say "schemas: unpacked into $SCHEMAS"
else
  say "schemas: already in $SCHEMAS"
fi
say "done"
