// @ts-check
// The manifest as a build writes it: the address the add-in is served from, the package's version (so
// Office fetches the manifest again when the add-in changes), and the English texts for every English
// Office, not only en-US. Used by webpack.config.js and by the release.
"use strict";
const { URL } = require("node:url");

/** The address the source manifest is written for. */
const DEV_BASE_URL = "https://localhost:3000/";

/**
 * Where the release's manifest template holds the address, with its trailing "/": tao-manifest.sh and
 * tao-manifest.ps1 put the address a province gives in its place, needing neither Node nor a build.
 */
const BASE_URL_PLACEHOLDER = "__ADDIN_BASE_URL__";

/**
 * English-language Office locales. Office picks a manifest text by the exact locale, else the default
 * (Vietnamese): an English Office outside the US would otherwise show the Vietnamese ribbon.
 */
const ENGLISH_LOCALES = [
  "en-US",
  "en-GB",
  "en-AU",
  "en-CA",
  "en-IE",
  "en-IN",
  "en-MY",
  "en-NZ",
  "en-PH",
  "en-SG",
  "en-ZA",
];

class BaseUrlError extends Error {
  /** @param {{ vi: string, en: string }} text */
  constructor(text) {
    super(`${text.vi}\n${text.en}`);
    this.text = text;
  }
}

/**
 * The address the add-in will be served from, as the manifest needs it: HTTPS (Office loads no add-in
 * over plain HTTP), a folder (a trailing "/" is added when missing, and said in `notes`), nothing after
 * the path. Throws a BaseUrlError, in Vietnamese and English, otherwise.
 * @param {string | undefined} raw
 * @returns {{ url: string, notes: { vi: string, en: string }[] }}
 */
function checkBaseUrl(raw) {
  const given = (raw ?? "").trim();
  if (!given)
    throw new BaseUrlError({
      vi: "Chưa có ADDIN_BASE_URL: hãy đặt địa chỉ HTTPS nơi sẽ đặt các tệp của add-in, ví dụ ADDIN_BASE_URL=https://thidua.ldld-tinh.vn/ npm run release",
      en: "ADDIN_BASE_URL is not set: give the HTTPS address the add-in's files will be served from, e.g. ADDIN_BASE_URL=https://thidua.ldld-tinh.vn/ npm run release",
    });
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new BaseUrlError({
      vi: `ADDIN_BASE_URL "${given}" không phải một địa chỉ web; ví dụ đúng: https://thidua.ldld-tinh.vn/`,
      en: `ADDIN_BASE_URL "${given}" is not a web address; for example: https://thidua.ldld-tinh.vn/`,
    });
  }
  if (url.protocol !== "https:")
    throw new BaseUrlError({
      vi: `ADDIN_BASE_URL phải bắt đầu bằng https:// (Office không nạp add-in qua ${url.protocol}//): ${given}`,
      en: `ADDIN_BASE_URL must start with https:// (Office loads no add-in over ${url.protocol}//): ${given}`,
    });
  if (url.search || url.hash || url.username || url.password)
    throw new BaseUrlError({
      vi: `ADDIN_BASE_URL chỉ gồm máy chủ và thư mục, không có "?", "#" hay tên đăng nhập: ${given}`,
      en: `ADDIN_BASE_URL is a server and a folder only, without "?", "#" or a user name: ${given}`,
    });
  const notes = [];
  // "https://host" reads as "https://host/"; "https://host/addin" must become "https://host/addin/".
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  if (!given.endsWith("/")) {
    notes.push({
      vi: `Đã thêm "/" vào cuối ADDIN_BASE_URL: ${url.href}`,
      en: `Added "/" at the end of ADDIN_BASE_URL: ${url.href}`,
    });
  }
  return { url: url.href, notes };
}

/** "1.2.3" → "1.2.3.0": the manifest's version has four parts. */
function manifestVersion(packageVersion) {
  const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!parts) throw new Error(`package.json's version "${packageVersion}" is not major.minor.patch`);
  return `${parts[1]}.${parts[2]}.${parts[3]}.0`;
}

/**
 * @param {string} xml the source manifest
 * @param {{ baseUrl: string, version: string }} options `baseUrl` checked by checkBaseUrl; `version` the package's
 */
function buildManifest(xml, { baseUrl, version }) {
  const english = ENGLISH_LOCALES.filter((l) => l !== "en-US");
  return xml
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`)
    .replace(/^(\s*)<((?:bt:)?Override) Locale="en-US" (Value="[^"]*")\/>$/gm, (line, indent, tag, value) =>
      [line, ...english.map((locale) => `${indent}<${tag} Locale="${locale}" ${value}/>`)].join("\n"),
    );
}

/**
 * The manifest of a release with the address left as BASE_URL_PLACEHOLDER: buildManifest's output for any
 * address is this text with the placeholder replaced by that address (checked by checkBaseUrl).
 * @param {string} xml the source manifest
 * @param {string} version the package's
 */
function manifestTemplate(xml, version) {
  return buildManifest(xml, { baseUrl: BASE_URL_PLACEHOLDER, version });
}

module.exports = {
  BASE_URL_PLACEHOLDER,
  BaseUrlError,
  buildManifest,
  checkBaseUrl,
  DEV_BASE_URL,
  ENGLISH_LOCALES,
  manifestTemplate,
  manifestVersion,
};
