#!/usr/bin/env bash
# Fetches axe-core (the accessibility rules the browser tests run) from the npm registry
# into an ignored cache folder, once per pinned version, and prints the path of
# axe.min.js. Nothing is installed into the project (no node_modules is committed).
#   bash tests/support/axe.sh            (needs npm)
set -euo pipefail
cd "$(dirname "$0")/../.."
AXE_VERSION=4.10.3
AXE_SHA256=880970c081707360e64f34cea25ff91892f5bc95675b0776925b9709dd8a68bb  # axe.min.js
cache=${AXE_CACHE:-.cache/axe}/axe-core-$AXE_VERSION
if [ ! -s "$cache/axe.min.js" ]; then
  command -v npm >/dev/null || { echo "npm is needed to fetch axe-core (apt-get install npm)" >&2; exit 1; }
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "axe-core@$AXE_VERSION" >/dev/null)
  mkdir -p "$cache"
  tar -xzf "$tmp"/axe-core-"$AXE_VERSION".tgz -C "$tmp"
  echo "$AXE_SHA256  $tmp/package/axe.min.js" | sha256sum --check --quiet
  cp "$tmp/package/axe.min.js" "$tmp/package/LICENSE" "$cache/"
fi
echo "$PWD/$cache/axe.min.js"
