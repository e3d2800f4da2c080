#!/usr/bin/env bash
# Refresh the Czech catalog of the reader-facing UI (templates, home/, the search page,
# procedure actors) and of the project's admin (model and block labels, help texts,
# validation messages, reports, CSV headers), then compile it. English is the source
# language; Wagtail's and Django's own strings come from their catalogs.
#   bash locale/makemessages.sh      (needs gettext: apt-get install gettext)
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-kb.settings.dev}
ignore=(.venv var .cache tests bench artifacts docs kb/api kb/demo kb/settings kb/webhooks
  "*/migrations/*" search/backends search/management search/client.py)
args=()
for pattern in "${ignore[@]}"; do args+=(-i "$pattern"); done
${PYTHON:-.venv/bin/python} manage.py makemessages -l cs --no-location --no-obsolete "${args[@]}"
${PYTHON:-.venv/bin/python} manage.py compilemessages -l cs --ignore .venv
