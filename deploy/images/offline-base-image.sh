#!/usr/bin/env bash
# A Java 17 runtime base image made from Debian packages, pushed to a registry on this machine: for a
# build machine that reaches no public registry (how the images were checked here, README "Images").
# Production builds on Quarkus's default base image instead. Needs root and Debian's debootstrap,
# umoci, skopeo and docker-registry (apt-get install debootstrap umoci skopeo docker-registry).
#   deploy/images/offline-base-image.sh [registry, default 127.0.0.1:5000]
# Then: ./mvnw -B package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
#   -Dquarkus.container-image.registry=127.0.0.1:5000 -Dquarkus.container-image.insecure=true \
#   -Dquarkus.jib.base-jvm-image=127.0.0.1:5000/thads/java-17-runtime:bookworm
set -euo pipefail
registry="${1:-127.0.0.1:5000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! curl -fs "http://$registry/v2/" >/dev/null; then
  printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /var/tmp/thads-registry\nhttp:\n  addr: %s\n' "$registry" \
    > /var/tmp/thads-registry.yml
  setsid docker-registry serve /var/tmp/thads-registry.yml >/var/tmp/thads-registry.log 2>&1 &
  sleep 2
fi
cd "$work"
umoci init --layout oci
umoci new --image oci:java-17
umoci unpack --image oci:java-17 bundle
debootstrap --variant=minbase --include=openjdk-17-jre-headless bookworm bundle/rootfs http://deb.debian.org/debian
chroot bundle/rootfs useradd --uid 185 --user-group --create-home --home-dir /home/jboss jboss
rm -rf bundle/rootfs/var/cache/apt/archives/*.deb bundle/rootfs/var/lib/apt/lists/*
umoci repack --image oci:java-17 bundle
umoci config --image oci:java-17 --config.user 185 --config.workingdir /home/jboss \
  --config.env JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
skopeo copy --dest-tls-verify=false oci:oci:java-17 "docker://$registry/thads/java-17-runtime:bookworm"
echo "Base image: $registry/thads/java-17-runtime:bookworm"
