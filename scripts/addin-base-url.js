// Where the built add-in is served from. manifest.xml names the development server; the copy in dist/
// names ADDIN_BASE_URL instead when that is set.
const { URL } = require("url");

const DEV_BASE_URL = "https://localhost:3000/";

/** The base URL to build for, always https and ending in "/"; throws on anything else. */
function resolveBaseUrl(value) {
  if (value === undefined || value.trim() === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL không phải một URL / is not a URL: "${value}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_BASE_URL phải dùng https (Office chỉ tải add-in qua https) / must use https (Office loads add-ins only over https): "${value}"`,
    );
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`ADDIN_BASE_URL không được có ? hoặc # / must not have a query or fragment: "${value}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest text with every development URL pointing at baseUrl instead. */
function rewriteManifestUrls(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

module.exports = { DEV_BASE_URL, resolveBaseUrl, rewriteManifestUrls };
