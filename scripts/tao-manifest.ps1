# tao-manifest.ps1 — tạo tệp khai báo add-in (manifest.xml) cho địa chỉ máy chủ mới, không cần Node hay dựng lại.
# Makes the add-in's manifest for a new server address, with nothing but Windows PowerShell 5.1 or PowerShell 7.
#
#   powershell -ExecutionPolicy Bypass -File tao-manifest.ps1 https://thidua.ldld-tinh.vn/ [manifest.xml]
#
# Đọc manifest.template.xml nằm cạnh tệp này (bản phát hành ghi nó ra, đúng phiên bản và mã add-in) và thay
# __ADDIN_BASE_URL__ bằng địa chỉ. Địa chỉ: https://, máy chủ, thư mục (tự thêm "/" cuối), không "?" hay "#".
# Reads manifest.template.xml beside this file and puts the address where __ADDIN_BASE_URL__ stands.
# The same checks as tao-manifest.sh (test/manifest/manifest-generator.process.test.ts compares them).
param(
  [Parameter(Position = 0)] [string] $DiaChi,
  [Parameter(Position = 1)] [string] $Ra = "manifest.xml"
)
$ErrorActionPreference = "Stop"

$HostPattern = '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?$'
$PathPattern = '^/[A-Za-z0-9._~%/-]*$'

function Fail([string] $vi, [string] $en) {
  [Console]::Error.WriteLine($vi)
  [Console]::Error.WriteLine($en)
  exit 2
}

if (-not $DiaChi) {
  Fail "Cách dùng: powershell -ExecutionPolicy Bypass -File tao-manifest.ps1 https://thidua.ldld-tinh.vn/ [manifest.xml]" `
    "Usage: powershell -ExecutionPolicy Bypass -File tao-manifest.ps1 https://thidua.example.gov.vn/ [manifest.xml]"
}
$given = $DiaChi.Trim()
if ($given -notmatch '^https://') {
  Fail "Địa chỉ phải bắt đầu bằng https:// (Office không nạp add-in qua HTTP): $given" `
    "The address must start with https:// (Office loads no add-in over HTTP): $given"
}
$rest = $given.Substring(8)
$slash = $rest.IndexOf("/")
if ($slash -ge 0) { $server = $rest.Substring(0, $slash); $path = $rest.Substring($slash) }
else { $server = $rest; $path = "" }
$server = $server.ToLowerInvariant()
if ($server.EndsWith(":443")) { $server = $server.Substring(0, $server.Length - 4) }
$added = $false
if ($path -eq "") { $path = "/"; $added = $true }

if ($server -cnotmatch $HostPattern) {
  Fail "Tên máy chủ không hợp lệ (chỉ chữ, số, `".`", `"-`" và cổng; không tên đăng nhập): $given" `
    "Not a valid server name (letters, digits, `".`", `"-`" and a port; no user name): $given"
}
if ($path.Contains("..") -or $path -cnotmatch $PathPattern) {
  Fail "Địa chỉ chỉ gồm máy chủ và thư mục, không có `"?`", `"#`", `"..`" hay dấu cách: $given" `
    "The address is a server and a folder only, without `"?`", `"#`", `"..`" or spaces: $given"
}
if (-not $path.EndsWith("/")) { $path = "$path/"; $added = $true }
if ($added) {
  Write-Output "Đã thêm `"/`" vào cuối địa chỉ: https://$server$path"
  Write-Output "Added `"/`" at the end of the address: https://$server$path"
}
$base = "https://$server$path"

$template = Join-Path $PSScriptRoot "manifest.template.xml"
if (-not (Test-Path -LiteralPath $template -PathType Leaf)) {
  Fail "Không thấy ${template}: chạy tệp này trong thư mục tao-manifest\ của bản phát hành." `
    "$template is missing: run this file from the release's tao-manifest\ folder."
}
$text = [IO.File]::ReadAllText($template, [Text.Encoding]::UTF8)
# Relative to the current folder, as in tao-manifest.sh (.NET alone would take the process's).
$out = [IO.Path]::Combine((Get-Location).ProviderPath, $Ra)
[IO.File]::WriteAllText($out, $text.Replace("__ADDIN_BASE_URL__", $base), (New-Object System.Text.UTF8Encoding($false)))
Write-Output "Đã ghi $Ra cho $base"
Write-Output "Wrote $Ra for $base"
