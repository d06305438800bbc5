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
# shellcheck source=lib/apt.sh
source scripts/lib/apt.sh
apt_install_missing provision-interchange "${APT_PACKAGES[@]}"

readonly SCHEMAS="$TOOLS_DIR/schemas"
if [ ! -f "$SCHEMAS/.complete" ]; then
  rm -rf "$TOOLS_DIR/symfony" "$SCHEMAS"
  mkdir -p "$TOOLS_DIR/symfony" "$SCHEMAS"
  (cd "$TOOLS_DIR/symfony" && APT_WHO=provision-interchange apt_get_waiting_for_locks download php-symfony-translation >/dev/null && dpkg-deb -x php-symfony-translation_*.deb extracted)
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
