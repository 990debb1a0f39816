#!/usr/bin/env bash
# The whole check on a fresh machine, the README's test command and the only thing .ci/run calls:
# installs the system packages the witnesses need when they are missing, then npm ci, typecheck,
# lint and every test. Nothing is skipped: without a witness the suite stops here and says what to
# run, instead of passing without it.
#
# The witnesses (Debian/Ubuntu packages):
#   chromium                  the task pane in a real browser (playwright-core drives /usr/bin/chromium)
#   libreoffice-calc-nogui    opens, recalculates and prints the workbooks we write
#   libreoffice-writer-nogui  opens and prints the bulletin's Word document
#   poppler-utils             pdftoppm / pdfinfo: printed pages to pictures and page counts
#   fonts-wqy-microhei        a Chinese font, so LibreOffice and Chromium draw Chinese text
#   libxml2-utils             xmllint: the manifest against Microsoft's XSDs
#   unzip                     Info-ZIP's test of every part's CRC in the packages we write
#   postgresql                a real server for the warehouse tests (a cluster per run, loopback only)
#   clickhouse-server         two real servers as a two-shard cluster for the distributed tests (loopback)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '%s\n' "$*" >&2; }

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  say "govrank 需要 Node.js 20 或更高版本。govrank needs Node.js 20 or later (found: $(node --version 2>/dev/null || echo none))."
  exit 1
fi

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
{ [ -x /usr/bin/clickhouse-server ] || [ -x /usr/sbin/clickhouse-server ]; } || need+=(clickhouse-server)
{ command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh | grep -q .; } || need+=(fonts-wqy-microhei)

if [ ${#need[@]} -gt 0 ]; then
  install="apt-get update && apt-get install -y ${need[*]}"
  if ! command -v apt-get >/dev/null 2>&1; then
    say "缺少测试所需的系统软件包，且本机没有 apt-get。The tests need these system packages and this machine has no apt-get:"
    say "  ${need[*]}"
    say "请用本机的包管理器安装后重试。Install them with this machine's package manager, then run this again."
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
  else
    say "测试需要安装系统软件包，但当前用户没有 root 权限。The tests need system packages and this user cannot install them."
    say "请运行 Run:  sudo sh -c '$install'"
    say "然后重试 then run this again:  bash scripts/test-all.sh"
    exit 1
  fi
  say "安装测试所需的系统软件包 installing the witnesses: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y "${need[@]}"
fi

npm ci --no-audit --no-fund
npm run typecheck
npm run lint
npm test
