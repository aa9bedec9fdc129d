// What the manifest schema cannot see: resids that name no resource, URLs that are not https or that name
// files the build does not emit, and the shared-runtime wiring. Used by `npm run validate` and the tests.
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const { readManifest } = require("./manifest-facts");

const NAMESPACE = "CADRE";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isHttps(url) {
  try {
    return new URL(url).protocol === "https:";
  } catch {
    return false;
  }
}

/** Path of url inside the site rooted at baseUrl, or null when url lies elsewhere. */
function pathUnder(url, baseUrl) {
  if (!url.startsWith(baseUrl)) return null;
  return decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
}

/**
 * Issues found in a manifest, as data: `{ code, subject }`. Pass distDir to also require that every page,
 * script, metadata file and icon the manifest names under its base URL was built there.
 */
function checkManifest(xml, options = {}) {
  let manifest;
  try {
    manifest = readManifest(xml);
  } catch (error) {
    return [{ code: "malformed", subject: error.message.split("\n")[0] }];
  }
  const issues = [];
  if (!GUID.test(manifest.id ?? "")) issues.push({ code: "id-not-guid", subject: manifest.id ?? "" });
  for (const { resid } of manifest.resids) {
    if (!manifest.resources.has(resid)) issues.push({ code: "resid-unresolved", subject: resid });
  }
  for (const url of manifest.urls) {
    if (!isHttps(url)) issues.push({ code: "url-not-https", subject: url });
  }
  const namespace = manifest.resources.get(manifest.namespaceResid ?? "");
  if (namespace?.value !== NAMESPACE) issues.push({ code: "namespace-not-cadre", subject: namespace?.value ?? "" });
  if (!manifest.runtimes.some((r) => r.lifetime === "long"))
    issues.push({ code: "runtime-not-long", subject: manifest.runtimes.map((r) => r.resid).join(", ") });
  for (const resid of [manifest.customFunctionsPageResid, ...manifest.taskpaneResids]) {
    if (!manifest.runtimes.some((r) => r.resid === resid))
      issues.push({ code: "runtime-not-shared", subject: resid ?? "" });
  }
  issues.push(...checkHostedFiles(manifest, options.distDir));
  return issues;
}

function checkHostedFiles(manifest, distDir) {
  if (!manifest.pageUrl || !isHttps(manifest.pageUrl)) return [];
  const baseUrl = new URL(".", manifest.pageUrl).href;
  const issues = [];
  for (const url of new Set(manifest.hostedUrls)) {
    const file = pathUnder(url, baseUrl);
    if (file === null) issues.push({ code: "url-outside-base", subject: url });
    else if (distDir && !fs.existsSync(path.join(distDir, file)))
      issues.push({ code: "file-not-built", subject: file });
  }
  return issues;
}

const MESSAGES = {
  malformed: (s) => `XML không hợp lệ / malformed XML: ${s}`,
  "id-not-guid": (s) => `Id không phải GUID / Id is not a GUID: "${s}"`,
  "resid-unresolved": (s) => `resid không trỏ tới tài nguyên nào / resid names no resource: ${s}`,
  "url-not-https": (s) => `URL không dùng https / URL is not https: ${s}`,
  "namespace-not-cadre": (s) =>
    `không gian tên hàm phải là ${NAMESPACE} / function namespace must be ${NAMESPACE}: "${s}"`,
  "runtime-not-long": (s) => `thiếu Runtime lifetime="long" / no Runtime with lifetime="long": ${s}`,
  "runtime-not-shared": (s) => `trang này không dùng chung runtime / page does not use the shared runtime: ${s}`,
  "url-outside-base": (s) => `URL nằm ngoài địa chỉ gốc của add-in / URL lies outside the add-in's base URL: ${s}`,
  "file-not-built": (s) => `bản dựng không tạo ra tệp này / the build does not emit this file: ${s}`,
};

/** One line for a person: Vietnamese, then English. */
function describeIssue(issue) {
  return MESSAGES[issue.code](issue.subject);
}

module.exports = { NAMESPACE, checkManifest, describeIssue };
