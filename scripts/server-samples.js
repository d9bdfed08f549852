// @ts-check
// Web server samples for the hosted files: each page with its Content-Security-Policy as a header (a
// header applies before the page is parsed, which the <meta> cannot), pages revalidated so an update
// reaches every PC, the bundles — named by their content's hash — cached for a year, and the icons sent
// with no Cache-Control at all: Microsoft's manifest reference (Image element,
// https://learn.microsoft.com/javascript/api/manifest/image) requires that "the server hosting an image
// resource must not add any CACHE-CONTROL directives to the response header", else Office shows a generic
// icon instead; a changed icon needs a new URL. The IIS web.config names no address, so web/ moves as is.
"use strict";
const { URL } = require("node:url");

const YEAR_SECONDS = 31_536_000;

/** `"` and `\` escaped for an nginx string. */
const nginxString = (text) => `"${text.replace(/["\\]/g, "\\$&")}"`;

/** XML attribute text. */
const xmlAttribute = (text) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * @param {{ baseUrl: string, version: string, policies: Record<string, string> }} release
 *   `policies`: page file name → its Content-Security-Policy
 * @returns {{ nginx: string, iis: string }}
 */
function serverSamples({ baseUrl, version, policies }) {
  const url = new URL(baseUrl);
  const prefix = url.pathname; // ends with "/"
  const common = [
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "no-referrer" always;',
  ];
  const block = (location, lines) =>
    [`    location ${location} {`, ...[...lines, ...common].map((l) => `        ${l}`), "    }"].join("\n");
  const web = "/srv/thidua/web/";
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const nginx = [
    `# Thi Đua ${version}: mẫu cấu hình nginx cho ${baseUrl} / nginx sample for ${baseUrl}.`,
    `# Chép thư mục web/ lên máy chủ (ở đây: ${web}), sửa chứng chỉ, rồi: nginx -t && nginx -s reload.`,
    `# Copy web/ to the server (here ${web}), set the certificate, then: nginx -t && nginx -s reload.`,
    "# nginx lấy add_header của khối trong cùng: mỗi khối ghi đủ các header của nó.",
    "# nginx takes the innermost block's add_header only: each block lists all of its headers.",
    "server {",
    "    listen 443 ssl;",
    `    server_name ${url.hostname};`,
    "    ssl_certificate     /etc/ssl/thidua/fullchain.pem;",
    "    ssl_certificate_key /etc/ssl/thidua/privkey.pem;",
    block(prefix, [`alias ${web};`, 'add_header Cache-Control "no-cache" always;']),
    // ^~: no regular-expression location below is tried for the icons. No Cache-Control (see above);
    // nginx still sends Last-Modified and ETag.
    block(`^~ ${prefix}assets/`, [`alias ${web}assets/;`]),
    ...Object.entries(policies).map(([page, policy]) =>
      block(`= ${prefix}${page}`, [
        `alias ${web}${page};`,
        `add_header Content-Security-Policy ${nginxString(policy)} always;`,
        'add_header Cache-Control "no-cache" always;',
      ]),
    ),
    // Quoted: nginx reads the braces of {8} as a block otherwise.
    block(`~ "^${escaped}([^/]+\\.[0-9a-f]{8}\\.js)$"`, [
      `alias ${web}$1;`,
      `add_header Cache-Control "public, max-age=${YEAR_SECONDS}, immutable" always;`,
    ]),
    "}",
    "",
  ].join("\n");

  const pageLocations = Object.entries(policies).map(
    ([page, policy]) => `  <location path="${page}">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="DisableCache" />
      </staticContent>
      <httpProtocol>
        <customHeaders>
          <add name="Content-Security-Policy" value="${xmlAttribute(policy)}" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>`,
  );
  const iis = `<?xml version="1.0" encoding="utf-8"?>
<!--
  Thi Đua ${version}: cấu hình IIS, đặt trong thư mục web/ (gốc của trang hoặc ứng dụng IIS), ở địa chỉ nào cũng được.
  IIS configuration, in the web/ folder (the root of the IIS site or application), at whatever address.
  Bundles are named by their content's hash and cached for a year; pages are revalidated; icons are sent
  without Cache-Control, as Office requires of add-in icons.
-->
<configuration>
  <system.webServer>
    <staticContent>
      <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="immutable" />
    </staticContent>
    <httpProtocol>
      <customHeaders>
        <add name="X-Content-Type-Options" value="nosniff" />
        <add name="Referrer-Policy" value="no-referrer" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>
${pageLocations.join("\n")}
  <location path="thidua.html">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="DisableCache" />
      </staticContent>
    </system.webServer>
  </location>
  <location path="assets">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="NoControl" />
      </staticContent>
    </system.webServer>
  </location>
</configuration>
`;
  return { nginx, iis };
}

module.exports = { serverSamples };
