#!/usr/bin/env bash
# Refresh the Czech catalog of the reader-facing UI (templates, home/, the search page,
# procedure actors), then compile it. English is the source language. The admin's own
# strings (model and block labels) are left to Wagtail's and Django's catalogs.
#   bash locale/makemessages.sh      (needs gettext: apt-get install gettext)
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-kb.settings.dev}
ignore=(.venv var .cache tests bench artifacts docs kb/api kb/demo kb/settings kb/webhooks
  kb/taxonomy kb/services/models.py kb/services/fields.py kb/services/selectors.py
  kb/services/wagtail_hooks.py kb/services/apps.py kb/services/migrations kb/guidance/templates kb/guidance/migrations kb/guidance/models.py
  kb/guidance/blocks.py kb/guidance/reports.py kb/guidance/wagtail_hooks.py search/templates
  search/backends search/management search/migrations search/models.py
  search/client.py search/wagtail_hooks.py home/migrations home/models.py)
args=()
for pattern in "${ignore[@]}"; do args+=(-i "$pattern"); done
.venv/bin/python manage.py makemessages -l cs --no-location --no-obsolete "${args[@]}"
.venv/bin/python manage.py compilemessages -l cs --ignore .venv
