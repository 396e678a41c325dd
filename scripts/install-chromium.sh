#!/usr/bin/env bash
# Installs Debian's chromium (once) for the browser tests (tests/Web.Tests, Category=Browser):
# Microsoft.Playwright cannot download its own browsers here, so the tests launch /usr/bin/chromium.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
echo "[chromium] installing chromium (apt)"
(apt-get update -qq || true) >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
[[ -x /usr/bin/chromium ]] || { echo "[chromium] error: /usr/bin/chromium missing after install" >&2; exit 1; }
