#!/usr/bin/env bash
# Prints the bin folder of a Node.js that PlanGraph supports (>= 22.18; 24 LTS is what it is tested on).
# The machine's `node` when it is new enough; otherwise the Node of .nvmrc, fetched once from the npm
# registry (the `node-linux-<arch>` package carries the official binary) into .plangraph/cache/.
#   export PATH="$(bash scripts/node.sh):$PATH"
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
wanted="$(tr -d ' \n' < "$root/.nvmrc")"

supported() { # $1 = path to a node binary
  "$1" -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 18) ? 0 : 1)' 2>/dev/null
}

if [ -z "${PLANGRAPH_FETCH_NODE:-}" ] && command -v node >/dev/null 2>&1 && supported "$(command -v node)"; then
  dirname "$(command -v node)"
  exit 0
fi

case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "scripts/node.sh: no Node.js package for $(uname -m); install Node $wanted yourself (https://nodejs.org)" >&2; exit 72 ;;
esac
package="node-linux-$arch"
version="$(npm view "$package@$wanted" version --json 2>/dev/null | tr -d '"[] \n' | tr ',' '\n' | tail -1)"
if [ -z "$version" ]; then
  echo "scripts/node.sh: the npm registry did not answer for $package@$wanted; install Node $wanted yourself" >&2
  exit 69
fi
dir="$root/.plangraph/cache/node-$version-$arch"
if [ ! -x "$dir/bin/node" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  echo "scripts/node.sh: fetching Node $version ($package from the npm registry)" >&2
  (cd "$tmp" && npm pack --silent "$package@$version" >/dev/null)
  mkdir -p "$tmp/x" && tar -xzf "$tmp"/*.tgz -C "$tmp/x"
  rm -rf "$dir" && mkdir -p "$(dirname "$dir")" && mv "$tmp/x/package" "$dir"
fi
supported "$dir/bin/node" || { echo "scripts/node.sh: $dir/bin/node does not run here" >&2; exit 72; }
echo "$dir/bin"
