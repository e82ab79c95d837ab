#!/usr/bin/env bash
# Creates the DEVELOPMENT signing keys for letters, once, in the directory given as argument:
#   signing.p12  PKCS #12 key store, key entry "huzhu-signing" (certificate chain: signing
#                certificate, then the development CA), password $HUZHU_SIGNING_PASSWORD
#                (default huzhu-dev-signing)
#   ca.crt       the development CA certificate (PEM), to trust in pdfsig's NSS database or
#                the verify page
# The CA's private key exists only while this script runs: nothing can be issued under the
# development CA afterwards. Running it again when the files exist changes nothing.
#
# Usage: dev-signing-keys.sh DIRECTORY
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 DIRECTORY" >&2
    exit 2
fi
target=$1
password=${HUZHU_SIGNING_PASSWORD:-huzhu-dev-signing}
alias=huzhu-signing

if [[ -f "$target/signing.p12" && -f "$target/ca.crt" ]]; then
    echo "development signing keys already in $target; nothing to do"
    exit 0
fi
if [[ -e "$target/signing.p12" || -e "$target/ca.crt" ]]; then
    echo "$target holds only one of signing.p12 and ca.crt; remove it or complete the pair by hand" >&2
    exit 1
fi

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/keytool" ]]; then
    keytool=$JAVA_HOME/bin/keytool
elif [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/keytool ]]; then
    keytool=/usr/lib/jvm/temurin-25-jdk-amd64/bin/keytool
else
    keytool=$(command -v keytool) || { echo "no keytool: set JAVA_HOME to a JDK" >&2; exit 1; }
fi
# The CA's name has an em dash; keytool reads its arguments in the locale's encoding.
export LC_ALL=C.UTF-8

mkdir -p "$target"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ca_store=$work/ca.p12
ca_password=$(head -c 24 /dev/urandom | base64)

"$keytool" -genkeypair -alias ca -keyalg RSA -keysize 3072 -validity 3650 \
    -dname "CN=Huzhu DEVELOPMENT CA — NOT FOR PRODUCTION, O=Huzhu" \
    -ext bc:critical=ca:true,pathlen:0 -ext ku:critical=keyCertSign,cRLSign \
    -storetype PKCS12 -keystore "$ca_store" -storepass "$ca_password"
"$keytool" -exportcert -rfc -alias ca -keystore "$ca_store" -storepass "$ca_password" -file "$work/ca.crt"

"$keytool" -genkeypair -alias "$alias" -keyalg RSA -keysize 2048 -validity 1825 \
    -dname "CN=Huzhu letter signing (DEVELOPMENT), O=Huzhu" \
    -storetype PKCS12 -keystore "$work/signing.p12" -storepass "$password"
"$keytool" -certreq -alias "$alias" -keystore "$work/signing.p12" -storepass "$password" -file "$work/signing.csr"
"$keytool" -gencert -rfc -alias ca -keystore "$ca_store" -storepass "$ca_password" -validity 1825 \
    -ext bc:critical=ca:false -ext ku:critical=digitalSignature,nonRepudiation \
    -infile "$work/signing.csr" -outfile "$work/signing.crt"
# The reply is installed as a chain, which keytool builds from the CA trusted for the moment.
"$keytool" -importcert -noprompt -alias development-ca -file "$work/ca.crt" \
    -keystore "$work/signing.p12" -storepass "$password"
"$keytool" -importcert -noprompt -alias "$alias" -file "$work/signing.crt" \
    -keystore "$work/signing.p12" -storepass "$password"
"$keytool" -delete -alias development-ca -keystore "$work/signing.p12" -storepass "$password"

# Moved into place last, so an interrupted run leaves nothing half made.
mv "$work/ca.crt" "$target/ca.crt"
mv "$work/signing.p12" "$target/signing.p12"
echo "created $target/signing.p12 (alias $alias) and $target/ca.crt — for development only"
