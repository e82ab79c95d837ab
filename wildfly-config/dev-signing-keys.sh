#!/usr/bin/env bash
# Creates the DEVELOPMENT signing keys for letters, once, in the directory given as argument:
#   signing.p12  PKCS #12 key store, key entry "huzhu-signing" (certificate chain: signing
#                certificate, then the development CA), password $HUZHU_SIGNING_PASSWORD
#                (default huzhu-dev-signing)
#   ca.crt       the development CA certificate (PEM), to trust in pdfsig's NSS database or
#                the verify page, and in a browser or client for HTTPS
#   tls.p12      PKCS #12 key store for WildFly's HTTPS listener (configure-tls.cli), key entry
#                "huzhu-tls": a certificate for localhost, 127.0.0.1 and ::1 issued by the development
#                CA, then the CA; password $HUZHU_TLS_PASSWORD (default huzhu-dev-tls)
# The CA's private key exists only while this script runs: nothing can be issued under the
# development CA afterwards. Running it again when the files exist changes nothing. In a directory
# made before tls.p12 existed, the CA's key is gone, so the TLS certificate added there is
# self-signed (a browser asks once to accept it); signing.p12 and ca.crt stay as they are.
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
tls_password=${HUZHU_TLS_PASSWORD:-huzhu-dev-tls}
tls_alias=huzhu-tls

if [[ -f "$target/signing.p12" && -f "$target/ca.crt" && -f "$target/tls.p12" ]]; then
    echo "development signing keys already in $target; nothing to do"
    exit 0
fi
if [[ -e "$target/signing.p12" && ! -e "$target/ca.crt" || ! -e "$target/signing.p12" && -e "$target/ca.crt" ]]; then
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

# tls_store ISSUER_STORE ISSUER_PASSWORD: $work/tls.p12, its certificate issued by the given CA key store,
# or self-signed when none is given.
tls_store() {
    "$keytool" -genkeypair -alias "$tls_alias" -keyalg EC -groupname secp256r1 -validity 1825 \
        -dname "CN=localhost, OU=DEVELOPMENT — NOT FOR PRODUCTION, O=Huzhu" \
        -ext san=dns:localhost,ip:127.0.0.1,ip:0:0:0:0:0:0:0:1 -ext eku=serverAuth \
        -ext ku:critical=digitalSignature,keyAgreement \
        -storetype PKCS12 -keystore "$work/tls.p12" -storepass "$tls_password"
    [[ $# -eq 2 ]] || return 0
    "$keytool" -certreq -alias "$tls_alias" -keystore "$work/tls.p12" -storepass "$tls_password" -file "$work/tls.csr"
    "$keytool" -gencert -rfc -alias ca -keystore "$1" -storepass "$2" -validity 1825 \
        -ext san=dns:localhost,ip:127.0.0.1,ip:0:0:0:0:0:0:0:1 -ext eku=serverAuth \
        -ext ku:critical=digitalSignature,keyAgreement -ext bc:critical=ca:false \
        -infile "$work/tls.csr" -outfile "$work/tls.crt"
    "$keytool" -importcert -noprompt -alias development-ca -file "$work/ca.crt" \
        -keystore "$work/tls.p12" -storepass "$tls_password"
    "$keytool" -importcert -noprompt -alias "$tls_alias" -file "$work/tls.crt" \
        -keystore "$work/tls.p12" -storepass "$tls_password"
    "$keytool" -delete -alias development-ca -keystore "$work/tls.p12" -storepass "$tls_password"
}

if [[ -f "$target/signing.p12" && -f "$target/ca.crt" ]]; then
    tls_store
    mv "$work/tls.p12" "$target/tls.p12"
    echo "created $target/tls.p12 (alias $tls_alias, self-signed: the development CA's key is gone) — for development only"
    exit 0
fi

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

tls_store "$ca_store" "$ca_password"

# Moved into place last, so an interrupted run leaves nothing half made.
mv "$work/tls.p12" "$target/tls.p12"
mv "$work/ca.crt" "$target/ca.crt"
mv "$work/signing.p12" "$target/signing.p12"
echo "created $target/signing.p12 (alias $alias) and $target/ca.crt — for development only"
echo "created $target/tls.p12 (alias $tls_alias, issued by the development CA) — for development only"
