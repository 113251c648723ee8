#!/usr/bin/env bash
# Makes `kubectl kustomize` available for tools/deploy/deploy-manifests.spec.ts, which renders k8s/.
# Idempotent: does nothing when a kubectl with the kustomize subcommand is already on PATH.
#
#   bash scripts/ci/install-kubectl.sh
#
# Otherwise installs Debian's `kubernetes-client` package (Debian 12: kubectl 1.20.2, with kustomize
# v2.0.3 built in) from the Debian apt repositories, the only package source CI can reach. k8s/ keeps
# to the kustomization fields that kustomize understands (`bases`, `patchesStrategicMerge`, generators);
# newer kubectl (kustomize v5) renders the same manifests, with deprecation warnings.
# Needs root, or sudo without a password.
set -euo pipefail

log() { printf 'install-kubectl: %s\n' "$*"; }
die() { printf 'install-kubectl: error: %s\n' "$*" >&2; exit 1; }

has_kustomize() {
  command -v kubectl >/dev/null 2>&1 && kubectl kustomize --help >/dev/null 2>&1
}

client_version() {
  # `kubectl version --client` prints one line on 1.20 and two (client + kustomize) on newer ones.
  kubectl version --client 2>/dev/null | head -n 2 | tr '\n' ' '
}

if has_kustomize; then
  log "kubectl with kustomize already available: $(command -v kubectl) ($(client_version))"
  exit 0
fi

if [[ "$(id -u)" == 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  die "kubectl is missing and installing it needs root (or passwordless sudo): apt-get install kubernetes-client"
fi
command -v apt-get >/dev/null 2>&1 || die "kubectl is missing and this is not a Debian/Ubuntu system (no apt-get); install kubectl 1.14+ yourself"

export DEBIAN_FRONTEND=noninteractive
# The package lists may be empty on a fresh image: refresh them only when the package is unknown.
if ! apt-cache show kubernetes-client >/dev/null 2>&1; then
  log "refreshing the apt package lists"
  "${as_root[@]}" apt-get update -qq
fi
apt-cache show kubernetes-client >/dev/null 2>&1 || die "no kubernetes-client package in the configured apt repositories"

log "installing Debian's kubernetes-client (kubectl) ..."
"${as_root[@]}" apt-get install -y -qq --no-install-recommends kubernetes-client >/dev/null
hash -r
has_kustomize || die "kubernetes-client is installed, but 'kubectl kustomize' does not work"
log "installed: $(command -v kubectl) ($(client_version))"
