#!/usr/bin/env bash
# Builds the Teams app package (a zip of manifest.json and the two icons at its root) for one bot.
#
# usage: build-package.sh --app-id <MicrosoftAppId> --bot-domain <host> --privacy-url <https url> --terms-url <https url>
#                         [--website-url <https url>] [--out <file.zip>]
#   --app-id       the bot's MicrosoftAppId (Entra app registration, or the user-assigned identity's client id)
#   --bot-domain   the host name the bot is served from (e.g. cnam-bot.azurewebsites.net), for validDomains
#   --privacy-url, --terms-url   the pages Teams links from the app's details (required by Teams)
#   --website-url  default https://intervention-sociale.cnam.fr
#   --out          default ./cnam-bot-teams.zip
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_id="" bot_domain="" privacy_url="" terms_url="" website_url="https://intervention-sociale.cnam.fr" out="$PWD/cnam-bot-teams.zip"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --app-id) app_id="$2"; shift 2 ;;
    --bot-domain) bot_domain="$2"; shift 2 ;;
    --privacy-url) privacy_url="$2"; shift 2 ;;
    --terms-url) terms_url="$2"; shift 2 ;;
    --website-url) website_url="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$app_id" =~ $guid ]] || { echo "--app-id must be the bot's MicrosoftAppId (a GUID), got '$app_id'" >&2; exit 2; }
[[ -n "$bot_domain" && "$bot_domain" != *"/"* ]] || { echo "--bot-domain must be a host name without scheme or path" >&2; exit 2; }
for url in "$privacy_url" "$terms_url" "$website_url"; do
  [[ "$url" == https://* ]] || { echo "URLs must start with https:// (got '$url')" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$here/manifest.json" "$work/manifest.json" "$app_id" "$bot_domain" "$privacy_url" "$terms_url" "$website_url" <<'PY'
import json, sys
source, target, app_id, domain, privacy, terms, website = sys.argv[1:]
text = open(source, encoding="utf-8").read()
for token, value in {"BOT_APP_ID": app_id, "BOT_DOMAIN": domain, "PRIVACY_URL": privacy, "TERMS_URL": terms, "WEBSITE_URL": website}.items():
    text = text.replace("${{" + token + "}}", value)
json.loads(text)  # fails loudly on a broken template
open(target, "w", encoding="utf-8").write(text)
PY
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$out"
python3 - "$out" "$work" <<'PY'
import os, sys, zipfile
out, folder = sys.argv[1:]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(folder, name), name)
PY
echo "$out"
