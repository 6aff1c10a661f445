# Installs the Debian and npm packages the tests use, only when they are missing.
install_deps() {
  local wanted=(postgresql s3cmd libreoffice-calc-nogui chromium fonts-noto-cjk)
  local missing=()
  for package in "${wanted[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    echo "installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi

  if [[ -f tests/js/package.json && ! -d tests/js/node_modules ]]; then
    (cd tests/js && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
