// Reads what the checks of manifest-checks.js need from an add-in manifest's XML.
const { DOMParser, onWarningStopParsing } = require("@xmldom/xmldom");

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
// Elements whose resid names a page, script or icon the add-in serves itself.
const HOSTED_RESID_ELEMENTS = new Set(["SourceLocation", "Runtime", "FunctionFile"]);
const HOSTED_URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl"]);

function elementsOf(node) {
  const found = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) found.push(child, ...elementsOf(child));
  }
  return found;
}

function overridesOf(element) {
  return elementsOf(element)
    .filter((e) => e.localName === "Override" && e.parentNode === element)
    .map((e) => ({ locale: e.getAttribute("Locale"), value: e.getAttribute("Value") }));
}

function childSourceResid(element) {
  return element
    ? (elementsOf(element)
        .find((e) => e.localName === "SourceLocation")
        ?.getAttribute("resid") ?? null)
    : null;
}

function resourcesOf(all) {
  const resources = new Map();
  for (const e of all) {
    if (e.namespaceURI === BT && ["Image", "Url", "String"].includes(e.localName) && e.hasAttribute("id")) {
      resources.set(e.getAttribute("id"), {
        kind: e.localName,
        value: e.getAttribute("DefaultValue"),
        overrides: overridesOf(e),
      });
    }
  }
  return resources;
}

// Every attribute value and text that looks like a URL, namespace declarations aside.
function urlsOf(all) {
  const urls = [];
  for (const e of all) {
    for (const attr of Array.from(e.attributes)) {
      if (attr.value.includes("://") && attr.prefix !== "xmlns" && attr.name !== "xmlns") urls.push(attr.value.trim());
    }
    for (let child = e.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && child.data.includes("://")) urls.push(child.data.trim());
    }
  }
  return urls;
}

/** The manifest's facts the checks need, read from its XML text (throws on malformed XML). */
function readManifest(xml) {
  const all = elementsOf(new DOMParser({ onError: onWarningStopParsing }).parseFromString(xml, "text/xml"));
  const first = (name) => all.find((e) => e.localName === name);
  const text = (name) => first(name)?.textContent.trim() ?? null;
  const displayName = first("DisplayName");
  const defaultSettings = first("DefaultSettings");
  const pageUrl = defaultSettings
    ? (elementsOf(defaultSettings)
        .find((e) => e.localName === "SourceLocation")
        ?.getAttribute("DefaultValue") ?? null)
    : null;
  const resources = resourcesOf(all);
  const withResid = all.filter((e) => e.hasAttribute("resid"));
  return {
    id: text("Id"),
    version: text("Version"),
    defaultLocale: text("DefaultLocale"),
    displayName: {
      value: displayName?.getAttribute("DefaultValue") ?? null,
      overrides: displayName ? overridesOf(displayName) : [],
    },
    pageUrl,
    requirementSets: all
      .filter((e) => e.localName === "Set")
      .map((e) => ({ name: e.getAttribute("Name"), minVersion: e.getAttribute("MinVersion") })),
    resources,
    resids: withResid.map((e) => ({ element: e.localName, resid: e.getAttribute("resid") })),
    urls: urlsOf(all),
    hostedUrls: [
      ...all.filter((e) => HOSTED_URL_ELEMENTS.has(e.localName)).map((e) => e.getAttribute("DefaultValue")),
      ...(pageUrl ? [pageUrl] : []),
      ...hostedResourceUrls(withResid, resources),
    ],
    runtimes: all
      .filter((e) => e.localName === "Runtime")
      .map((e) => ({ resid: e.getAttribute("resid"), lifetime: e.getAttribute("lifetime") ?? "short" })),
    namespaceResid: first("Namespace")?.getAttribute("resid") ?? null,
    customFunctionsPageResid: childSourceResid(first("Page")),
    taskpaneResids: all
      .filter((e) => e.localName === "Action")
      .map(childSourceResid)
      .filter(Boolean),
  };
}

function hostedResourceUrls(withResid, resources) {
  const ids = new Set(
    withResid
      .filter((e) => HOSTED_RESID_ELEMENTS.has(e.localName) || e.namespaceURI === BT)
      .map((e) => e.getAttribute("resid")),
  );
  const urls = [];
  for (const id of ids) {
    const resource = resources.get(id);
    if (resource && resource.kind !== "String") urls.push(resource.value, ...resource.overrides.map((o) => o.value));
  }
  return urls;
}

module.exports = { readManifest };
