#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing (as root, or via
# sudo): PostgreSQL, Redis, a JDK with javac and Maven for the search engines, curl, and Debian's
# Chromium for the browser tests (Playwright drives /usr/bin/chromium; it downloads nothing).
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v mvn >/dev/null || missing+=(maven)
ls /usr/lib/jvm/*17*/bin/javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
command -v curl >/dev/null || missing+=(curl)
command -v redis-server >/dev/null || missing+=(redis-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
