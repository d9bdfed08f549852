#!/bin/sh
# tao-manifest.sh — tạo tệp khai báo add-in (manifest.xml) cho địa chỉ máy chủ mới, không cần Node hay dựng lại.
# Makes the add-in's manifest for a new server address, with nothing but a POSIX shell.
#
#   sh tao-manifest.sh https://thidua.ldld-tinh.vn/ [manifest.xml]
#
# Đọc manifest.template.xml nằm cạnh tệp này (bản phát hành ghi nó ra, đúng phiên bản và mã add-in) và thay
# __ADDIN_BASE_URL__ bằng địa chỉ. Địa chỉ: https://, máy chủ, thư mục (tự thêm "/" cuối), không "?" hay "#".
# Reads manifest.template.xml beside this file and puts the address where __ADDIN_BASE_URL__ stands.
# The same checks as tao-manifest.ps1 (test/manifest/manifest-generator.process.test.ts compares them).
set -eu

HOST_PATTERN='^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$'
PATH_PATTERN='^/[A-Za-z0-9._~%/-]*$'

fail() {
  printf '%s\n%s\n' "$1" "$2" >&2
  exit 2
}

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
template="$here/manifest.template.xml"

if [ $# -lt 1 ] || [ -z "$1" ]; then
  fail "Cách dùng: sh tao-manifest.sh https://thidua.ldld-tinh.vn/ [manifest.xml]" \
    "Usage: sh tao-manifest.sh https://thidua.example.gov.vn/ [manifest.xml]"
fi
given=$(printf '%s' "$1" | sed 's/^[[:space:]]*//;s/[[:space:]]*$//')
out=${2:-manifest.xml}

case $given in
  [Hh][Tt][Tt][Pp][Ss]://*) ;;
  *) fail "Địa chỉ phải bắt đầu bằng https:// (Office không nạp add-in qua HTTP): $given" \
    "The address must start with https:// (Office loads no add-in over HTTP): $given" ;;
esac
rest=${given#*://}
host=${rest%%/*}
path=${rest#"$host"}
host=$(printf '%s' "$host" | tr 'A-Z' 'a-z')
host=${host%:443}
added=no
if [ -z "$path" ]; then
  path=/
  added=yes
fi

if ! printf '%s' "$host" | grep -Eq "$HOST_PATTERN"; then
  fail "Tên máy chủ không hợp lệ (chỉ chữ, số, \".\", \"-\" và cổng; không tên đăng nhập): $given" \
    "Not a valid server name (letters, digits, \".\", \"-\" and a port; no user name): $given"
fi
case $path in
  *..*) path_ok=no ;;
  *) if printf '%s' "$path" | grep -Eq "$PATH_PATTERN"; then path_ok=yes; else path_ok=no; fi ;;
esac
if [ "$path_ok" = no ]; then
  fail "Địa chỉ chỉ gồm máy chủ và thư mục, không có \"?\", \"#\", \"..\" hay dấu cách: $given" \
    "The address is a server and a folder only, without \"?\", \"#\", \"..\" or spaces: $given"
fi
case $path in
  */) ;;
  *)
    path="$path/"
    added=yes
    ;;
esac
if [ "$added" = yes ]; then
  printf '%s\n%s\n' "Đã thêm \"/\" vào cuối địa chỉ: https://$host$path" \
    "Added \"/\" at the end of the address: https://$host$path"
fi
base="https://$host$path"

[ -f "$template" ] || fail "Không thấy $template: chạy tệp này trong thư mục tao-manifest/ của bản phát hành." \
  "$template is missing: run this file from the release's tao-manifest/ folder."

# The address holds no "|", "&" or "\" (checked above): it is safe as sed's replacement.
sed "s|__ADDIN_BASE_URL__|$base|g" "$template" >"$out.tmp"
mv "$out.tmp" "$out"
printf '%s\n%s\n' "Đã ghi $out cho $base" "Wrote $out for $base"
