/**
 * Offline check of manifest.xml. `npm run validate` posts the manifest to Microsoft's online validation
 * service; this test needs no network. It parses the manifest strictly, walks it against the parts of the
 * XSDs the add-in uses (element names, namespaces, order, cardinality), resolves every resource reference,
 * and maps every URL to the source file the build turns into it.
 *
 * The content models below are the <xs:sequence> definitions of OfficeAppManifestV1_1.xsd (OfficeApp,
 * TaskPaneApp), TaskPaneAppVersionOverridesV1_0.xsd (VersionOverridesV1_0, FormFactor, GetStarted, Tab,
 * CustomTab, Group, UIControl/Button, Supertip, ShowTaskpane, ExecuteFunction) and OfficeAppBasicTypesV1_0.xsd
 * (IconList, Resources, Sets, the *LocaleAwareSettingWithId types), as published in
 * OfficeDev/office-js-docs-pr docs/overview/schemas/taskpane and "How to find the proper order of manifest
 * elements" (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering). Elements the add-in
 * does not use (Dictionary, WebApplicationInfo, EquivalentAddins, Runtimes, OfficeTab, menus...) are placed in
 * their sequence but their content is not modelled.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { RIBBON_FUNCTIONS } from "../../src/app/ribbon-commands";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_BASE = "https://localhost:3000/";

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;
type Ns = keyof typeof NS;

/**
 * What the build emits for each URL path under the base, mapped to the source it is made from
 * (dist/ may not exist when the tests run). dist/assets/* is a copy of assets/*. A test below checks this
 * table against webpack.config.js.
 */
const BUILD_SOURCES: Readonly<Record<string, string>> = {
  "taskpane.html": "src/taskpane/taskpane.html", // the task pane, also the ribbon's function file
  "index.html": "src/taskpane/index.html", // the same app as a standalone web page (support, learn more)
};

// webpack.config.js is read with its two plugins replaced by recorders of their options, so the check
// needs neither a build nor the plugins' own dependencies.
jest.mock("html-webpack-plugin", () => {
  return class {
    constructor(readonly userOptions: unknown) {}
    // The single-file page's inlining plugin checks for html-webpack-plugin 4 or later by this.
    static getHooks() {}
  };
});
jest.mock("copy-webpack-plugin", () => {
  return class {
    readonly patterns: unknown;
    constructor(options: { patterns: unknown }) {
      this.patterns = options.patterns;
    }
  };
});

interface RecordedPlugin {
  readonly userOptions?: { readonly filename?: string; readonly template?: string };
  readonly patterns?: readonly {
    readonly from: string;
    readonly to: string;
    readonly transform?: (content: Buffer) => string;
  }[];
}
type WebpackConfigFactory = (env: unknown, argv: { mode: string }) => Promise<{ plugins: RecordedPlugin[] }>;

function sourceOfUrl(url: string): string | undefined {
  if (!url.startsWith(DEV_BASE)) return undefined;
  const urlPath = decodeURIComponent(new URL(url).pathname.slice(1));
  if (/^assets\/[A-Za-z0-9._-]+$/.test(urlPath)) return urlPath;
  return BUILD_SOURCES[urlPath];
}

// ---- parsing ----

function parseStrict(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (problems.length > 0) throw new Error(`manifest.xml does not parse cleanly:\n${problems.join("\n")}`);
  return doc;
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const node = el.childNodes.item(i);
    if (node !== null && node.nodeType === node.ELEMENT_NODE) out.push(node as Element);
  }
  return out;
}

function descendants(el: Element): Element[] {
  return elementChildren(el).flatMap((kid) => [kid, ...descendants(kid)]);
}

function is(el: Element, ns: Ns, name: string): boolean {
  return el.namespaceURI === NS[ns] && el.localName === name;
}

/** The only child element with this name (fails otherwise). */
function only(el: Element, ns: Ns, name: string): Element {
  const found = elementChildren(el).filter((kid) => is(kid, ns, name));
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`expected one <${name}> under <${el.localName}>, found ${found.length}`);
  }
  return found[0];
}

/** Follows a path of child names from el, each step in the given namespace. */
function at(el: Element, ns: Ns, ...names: string[]): Element {
  return names.reduce((current, name) => only(current, ns, name), el);
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, "type");
}

function attr(el: Element, name: string): string {
  const value = el.getAttribute(name);
  if (value === null) throw new Error(`<${el.localName}> has no ${name} attribute`);
  return value;
}

// ---- the content models (XSD sequences) ----

type ContentType = string | { readonly byXsiType: Readonly<Record<string, string>> };

interface Particle {
  readonly ns: Ns;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly type: ContentType;
}

const one = (ns: Ns, name: string, type: ContentType = "leaf"): Particle => ({
  ns,
  name,
  min: 1,
  max: 1,
  type,
});
const optional = (ns: Ns, name: string, type: ContentType = "leaf"): Particle => ({
  ns,
  name,
  min: 0,
  max: 1,
  type,
});
const many = (ns: Ns, name: string, min: number, type: ContentType = "leaf"): Particle => ({
  ns,
  name,
  min,
  max: Infinity,
  type,
});

/** "leaf": no child elements; "unchecked": an element the add-in does not use, content not modelled. */
const CONTENT: Readonly<Record<string, readonly Particle[]>> = {
  leaf: [],
  // OfficeAppManifestV1_1.xsd: OfficeApp's sequence, then TaskPaneApp's extension of it.
  TaskPaneApp: [
    one("app", "Id"),
    optional("app", "AlternateId"),
    one("app", "Version"),
    one("app", "ProviderName"),
    one("app", "DefaultLocale"),
    one("app", "DisplayName", "LocaleAwareSetting"),
    one("app", "Description", "LocaleAwareSetting"),
    optional("app", "IconUrl", "LocaleAwareSetting"),
    optional("app", "HighResolutionIconUrl", "LocaleAwareSetting"),
    optional("app", "SupportUrl", "LocaleAwareSetting"),
    optional("app", "AppDomains", "AppDomains"),
    optional("app", "Hosts", "AppHosts"),
    optional("app", "Requirements", "AppRequirements"),
    one("app", "DefaultSettings", "TaskPaneAppSettings"),
    one("app", "Permissions"),
    optional("app", "Dictionary", "unchecked"),
    optional("ov", "VersionOverrides", { byXsiType: { VersionOverridesV1_0: "VersionOverridesV1_0" } }),
  ],
  LocaleAwareSetting: [many("app", "Override", 0)],
  AppDomains: [many("app", "AppDomain", 1)],
  AppHosts: [many("app", "Host", 1)],
  AppRequirements: [optional("app", "Sets", "AppSets"), optional("app", "Methods", "AppMethods")],
  AppSets: [many("app", "Set", 1)],
  AppMethods: [many("app", "Method", 1)],
  TaskPaneAppSettings: [one("app", "SourceLocation", "LocaleAwareSetting")],
  // TaskPaneAppVersionOverridesV1_0.xsd
  VersionOverridesV1_0: [
    optional("ov", "Description"),
    optional("ov", "Requirements", "BtRequirements"),
    optional("ov", "Hosts", "OvHosts"),
    optional("ov", "Resources", "Resources"),
    optional("ov", "WebApplicationInfo", "unchecked"),
    optional("ov", "EquivalentAddins", "unchecked"),
  ],
  BtRequirements: [one("bt", "Sets", "BtSets")],
  BtSets: [many("bt", "Set", 1)],
  OvHosts: [many("ov", "Host", 1, { byXsiType: { Workbook: "WorkbookHost" } })],
  // Host (AllFormFactors) extended by Workbook (DesktopFormFactor); Runtimes from the element-ordering page.
  WorkbookHost: [
    optional("ov", "Runtimes", "Runtimes"),
    optional("ov", "AllFormFactors", "unchecked"),
    optional("ov", "DesktopFormFactor", "FormFactor"),
  ],
  FormFactor: [
    optional("ov", "GetStarted", "GetStarted"),
    optional("ov", "FunctionFile"),
    many("ov", "ExtensionPoint", 1, {
      byXsiType: {
        PrimaryCommandSurface: "CommandSurface",
        ContextMenu: "unchecked",
        CustomFunctions: "unchecked",
      },
    }),
  ],
  // The shared runtime (manifest reference, Runtimes and Runtime elements): a page by resid, no children.
  Runtimes: [many("ov", "Runtime", 1)],
  GetStarted: [one("ov", "Title"), one("ov", "Description"), one("ov", "LearnMoreUrl")],
  CommandSurface: [many("ov", "OfficeTab", 0, "unchecked"), many("ov", "CustomTab", 0, "CustomTab")],
  // Tab's Group list, then CustomTab's Label; InsertAfter/InsertBefore from the element-ordering page.
  CustomTab: [
    many("ov", "Group", 1, "Group"),
    one("ov", "Label"),
    optional("ov", "InsertAfter"),
    optional("ov", "InsertBefore"),
  ],
  Group: [
    optional("ov", "OverriddenByRibbonApi"),
    one("ov", "Label"),
    one("ov", "Icon", "IconList"),
    many("ov", "Control", 1, { byXsiType: { Button: "Button", Menu: "unchecked" } }),
  ],
  IconList: [many("bt", "Image", 1)],
  // UIControl (Label, Supertip) + UIControlWithIcon (Icon) + Button (Action); Enabled from the ordering page.
  Button: [
    optional("ov", "OverriddenByRibbonApi"),
    one("ov", "Label"),
    one("ov", "Supertip", "Supertip"),
    one("ov", "Icon", "IconList"),
    one("ov", "Action", { byXsiType: { ShowTaskpane: "ShowTaskpane", ExecuteFunction: "ExecuteFunction" } }),
    optional("ov", "Enabled"),
  ],
  Supertip: [one("ov", "Title"), one("ov", "Description")],
  ShowTaskpane: [optional("ov", "TaskpaneId"), one("ov", "SourceLocation"), optional("ov", "Title")],
  ExecuteFunction: [one("ov", "FunctionName")],
  // OfficeAppBasicTypesV1_0.xsd
  Resources: [
    optional("bt", "Images", "Images"),
    optional("bt", "Urls", "Urls"),
    optional("bt", "ShortStrings", "Strings"),
    optional("bt", "LongStrings", "Strings"),
  ],
  Images: [many("bt", "Image", 0, "SettingWithId")],
  Urls: [many("bt", "Url", 0, "SettingWithId")],
  Strings: [many("bt", "String", 0, "SettingWithId")],
  SettingWithId: [many("bt", "Override", 0)],
};

function describe1(particle: Particle): string {
  return particle.ns === "bt" ? `bt:${particle.name}` : particle.name;
}

/** Checks el's children against the content model `type`, recursively; returns the problems found. */
function checkContent(el: Element, type: string, where: string): string[] {
  if (type === "unchecked") return [];
  const particles = CONTENT[type];
  if (particles === undefined) return [`${where}: no content model "${type}" in this test`];
  const problems: string[] = [];
  const sequence = particles.map(describe1).join(", ") || "(no child elements)";
  const underflow = (particle: Particle, count: number): void => {
    if (count < particle.min) {
      problems.push(`${where}: <${describe1(particle)}> must occur at least ${particle.min} time(s)`);
    }
  };
  let position = 0;
  let count = 0;
  for (const kid of elementChildren(el)) {
    const matches = (particle: Particle): boolean => is(kid, particle.ns, particle.name);
    let next = position;
    while (next < particles.length && !matches(particles[next] as Particle)) next++;
    const particle = particles[next];
    if (particle === undefined) {
      const known = particles.some(matches);
      problems.push(
        known
          ? `${where}: <${kid.tagName}> is out of order; the XSD sequence is ${sequence}`
          : `${where}: <${kid.tagName}> (${kid.namespaceURI}) is not allowed here; allowed: ${sequence}`,
      );
      continue;
    }
    if (next !== position) {
      for (let skipped = position; skipped < next; skipped++) {
        underflow(particles[skipped] as Particle, skipped === position ? count : 0);
      }
      position = next;
      count = 0;
    }
    count++;
    if (count > particle.max) problems.push(`${where}: too many <${kid.tagName}> (at most ${particle.max})`);
    let kidType: string | undefined;
    let label = kid.localName ?? "?";
    if (typeof particle.type === "string") {
      kidType = particle.type;
    } else {
      const declared = xsiType(kid);
      kidType = declared === null ? undefined : particle.type.byXsiType[declared];
      label = `${label}[${declared ?? "no xsi:type"}]`;
      if (kidType === undefined) {
        const known = Object.keys(particle.type.byXsiType).join(", ");
        problems.push(`${where}/${label}: xsi:type must be one of ${known}`);
      }
    }
    if (kidType !== undefined) problems.push(...checkContent(kid, kidType, `${where}/${label}`));
  }
  for (let rest = position; rest < particles.length; rest++) {
    underflow(particles[rest] as Particle, rest === position ? count : 0);
  }
  return problems;
}

function checkManifestStructure(doc: Document): string[] {
  const root = doc.documentElement;
  if (root === null || !is(root, "app", "OfficeApp")) return ["the root element is not OfficeApp"];
  if (xsiType(root) !== "TaskPaneApp") return ["OfficeApp's xsi:type is not TaskPaneApp"];
  return checkContent(root, "TaskPaneApp", "OfficeApp");
}

// ---- resources ----

type ResourceKind = "image" | "url" | "short" | "long";

const RESOURCE_LISTS: readonly { list: string; item: string; kind: ResourceKind }[] = [
  { list: "Images", item: "Image", kind: "image" },
  { list: "Urls", item: "Url", kind: "url" },
  { list: "ShortStrings", item: "String", kind: "short" },
  { list: "LongStrings", item: "String", kind: "long" },
];

interface Resource {
  readonly id: string;
  readonly kind: ResourceKind;
  readonly el: Element;
}

/** The kind of resource a resid on this element must name (from the element's XSD type). */
function expectedKind(el: Element): ResourceKind | undefined {
  if (is(el, "bt", "Image")) return "image"; // ImageResourceReference (in an Icon)
  if (el.namespaceURI !== NS.ov) return undefined;
  switch (el.localName) {
    case "SourceLocation":
    case "FunctionFile":
    case "Runtime":
    case "LearnMoreUrl":
      return "url"; // URLResourceReference
    case "Label":
    case "Title":
      return "short"; // ShortResourceReference
    case "Description":
      return "long"; // LongResourceReference
    default:
      return undefined;
  }
}

// ---- PNG ----

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// ---- the tests ----

const xml = fs.readFileSync(MANIFEST, "utf8");
const doc = parseStrict(xml);
const root = doc.documentElement as Element;
const overrides = only(root, "ov", "VersionOverrides");
const resourcesEl = only(overrides, "ov", "Resources");
const resources: Resource[] = RESOURCE_LISTS.flatMap(({ list, item, kind }) =>
  elementChildren(only(resourcesEl, "bt", list))
    .filter((el) => is(el, "bt", item))
    .map((el) => ({ id: attr(el, "id"), kind, el })),
);

function resource(id: string): Resource {
  const found = resources.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no resource ${id}`);
  return found;
}

function enUs(el: Element): string | undefined {
  const found = elementChildren(el).filter(
    (kid) => kid.localName === "Override" && kid.getAttribute("Locale") === "en-US",
  );
  return found.length === 1 && found[0] !== undefined ? attr(found[0], "Value") : undefined;
}

/** Every URL the manifest holds: the top-level URL settings and the bt:Image / bt:Url resources, with overrides. */
function allUrls(): { where: string; url: string }[] {
  const settings = [
    only(root, "app", "IconUrl"),
    only(root, "app", "HighResolutionIconUrl"),
    only(root, "app", "SupportUrl"),
    at(root, "app", "DefaultSettings", "SourceLocation"),
    ...resources.filter((r) => r.kind === "image" || r.kind === "url").map((r) => r.el),
  ];
  return settings.flatMap((el) => {
    const where = el.getAttribute("id") ?? el.localName ?? "?";
    return [
      { where, url: attr(el, "DefaultValue") },
      ...elementChildren(el).map((o) => ({
        where: `${where} (${attr(o, "Locale")})`,
        url: attr(o, "Value"),
      })),
    ];
  });
}

describe("manifest.xml", () => {
  test("is well-formed UTF-8 XML with no parser warnings or errors", () => {
    expect(xml).not.toContain("\uFFFD");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(() => parseStrict(xml)).not.toThrow();
    expect(() => parseStrict(xml.replace("</Permissions>", "</Permission>"))).toThrow();
  });

  test("is a TaskPaneApp whose elements follow the XSD sequences (names, namespaces, order, cardinality)", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(NS.app);
    expect(xsiType(root)).toBe("TaskPaneApp");
    expect(checkManifestStructure(doc)).toEqual([]);
  });

  test("the structure check catches elements out of order, missing or unknown", () => {
    const swapped = parseStrict(xml);
    const top = swapped.documentElement as Element;
    top.insertBefore(only(top, "app", "Permissions"), only(top, "app", "DefaultSettings"));
    expect(checkManifestStructure(swapped).join("\n")).toMatch(/<DefaultSettings> is out of order/);

    const tab = parseStrict(
      xml.replace(/(<CustomTab id="ThiDua\.Tab">)([\s\S]*?)(<\/Group>)\s*(<Label[^>]*\/>)/, "$1$4$2$3"),
    );
    expect(checkManifestStructure(tab).join("\n")).toMatch(/CustomTab.*out of order/);

    const noVersion = parseStrict(xml.replace(/<Version>[^<]*<\/Version>/, ""));
    expect(checkManifestStructure(noVersion).join("\n")).toMatch(/<Version> must occur at least 1/);

    const unknown = parseStrict(xml.replace("<Permissions>", "<Permission>x</Permission><Permissions>"));
    expect(checkManifestStructure(unknown).join("\n")).toMatch(/<Permission> .* is not allowed here/);
  });

  test("has the required top-level values", () => {
    // UUID pattern of OfficeAppBasicTypes (the plain form).
    expect(only(root, "app", "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(only(root, "app", "Version").textContent).toBe("1.0.0.0");
    expect(only(root, "app", "ProviderName").textContent).toBe("Thi Đua");
    expect(only(root, "app", "DefaultLocale").textContent).toBe("vi-VN");

    const displayName = only(root, "app", "DisplayName");
    expect(attr(displayName, "DefaultValue")).toBe("Thi Đua");
    expect(enUs(displayName)).toBe("Thi Đua — union emulation reports");
    const description = only(root, "app", "Description");
    expect(attr(description, "DefaultValue")).toBe(
      "Biểu mẫu, kiểm tra và tổng hợp báo cáo thi đua công đoàn",
    );
    expect(enUs(description)).toBeTruthy();

    expect(attr(only(root, "app", "IconUrl"), "DefaultValue")).toBe(`${DEV_BASE}assets/icon-64.png`);
    expect(attr(only(root, "app", "HighResolutionIconUrl"), "DefaultValue")).toBe(
      `${DEV_BASE}assets/icon-128.png`,
    );
    expect(attr(only(root, "app", "SupportUrl"), "DefaultValue").startsWith(DEV_BASE)).toBe(true);

    const hosts = elementChildren(only(root, "app", "Hosts"));
    expect(hosts.map((h) => attr(h, "Name"))).toEqual(["Workbook"]);

    const sets = at(root, "app", "Requirements", "Sets");
    expect(attr(sets, "DefaultMinVersion")).toBe("1.1");
    expect(elementChildren(sets).map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toEqual([
      ["ExcelApi", "1.9"],
      // The ribbon's functions and the pane share one runtime (Office.addin.showAsTaskpane).
      ["SharedRuntime", "1.1"],
    ]);

    expect(attr(at(root, "app", "DefaultSettings", "SourceLocation"), "DefaultValue")).toBe(
      `${DEV_BASE}taskpane.html`,
    );
    expect(xml).not.toMatch(/<AppDomains?\b/);
  });

  test("asks for ReadWriteDocument and nothing broader", () => {
    const permissions = root.getElementsByTagNameNS(NS.app, "Permissions");
    expect(permissions.length).toBe(1);
    expect(permissions.item(0)?.textContent).toBe("ReadWriteDocument");
  });

  test("string lengths and identifiers stay within the XSD limits", () => {
    const problems: string[] = [];
    const within = (what: string, value: string, max: number): void => {
      if (value.length < 1 || value.length > max)
        problems.push(`${what}: length ${value.length}, limit ${max}`);
    };
    within("ProviderName", only(root, "app", "ProviderName").textContent ?? "", 125); // ShortString
    for (const [name, max] of [
      ["DisplayName", 125], // ShortLocaleAwareSetting
      ["Description", 250], // LongLocaleAwareSetting
    ] as const) {
      const el = only(root, "app", name);
      within(name, attr(el, "DefaultValue"), max);
      for (const o of elementChildren(el)) within(`${name} ${attr(o, "Locale")}`, attr(o, "Value"), max);
    }
    for (const r of resources) {
      within(`resource id ${r.id}`, r.id, 32); // ReferenceId
      const max = r.kind === "short" ? 125 : r.kind === "long" ? 250 : 2048; // ShortString, LongString, URL
      within(r.id, attr(r.el, "DefaultValue"), max);
      for (const o of elementChildren(r.el)) within(`${r.id} ${attr(o, "Locale")}`, attr(o, "Value"), max);
    }
    for (const el of descendants(root).filter((e) => e.hasAttribute("resid"))) {
      within(`resid on <${el.localName}>`, attr(el, "resid"), 32);
    }
    for (const el of descendants(overrides).filter((e) => e.hasAttribute("id") && e.namespaceURI === NS.ov)) {
      within(`id of <${el.localName}>`, attr(el, "id"), 125); // bt:ShortString
    }
    expect(problems).toEqual([]);
  });

  test("every resid is defined exactly once, with the right kind, and every resource is used", () => {
    const ids = resources.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);

    const referencing = descendants(root).filter((el) => el.hasAttribute("resid"));
    expect(referencing.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const el of referencing) {
      const resid = attr(el, "resid");
      const kind = expectedKind(el);
      const defined = resources.filter((r) => r.id === resid);
      if (kind === undefined) problems.push(`resid ${resid} on unexpected element <${el.tagName}>`);
      else if (defined.length !== 1) problems.push(`resid ${resid} is defined ${defined.length} times`);
      else if (defined[0]?.kind !== kind)
        problems.push(`resid ${resid} on <${el.tagName}> must name a ${kind}`);
    }
    const used = new Set(referencing.map((el) => attr(el, "resid")));
    for (const id of ids) if (!used.has(id)) problems.push(`resource ${id} is never referenced`);
    expect(problems).toEqual([]);
  });

  test("every string resource is Vietnamese by default with one en-US override", () => {
    const problems: string[] = [];
    for (const r of resources.filter((x) => x.kind === "short" || x.kind === "long")) {
      const english = enUs(r.el);
      if (english === undefined || english.trim() === "")
        problems.push(`${r.id} has no single en-US override`);
      const locales = elementChildren(r.el).map((o) => attr(o, "Locale"));
      if (new Set(locales).size !== locales.length) problems.push(`${r.id} repeats a locale`);
    }
    expect(problems).toEqual([]);
  });

  test("every URL is under the dev base and maps to a build output", () => {
    const urls = allUrls();
    expect(urls.length).toBeGreaterThan(10);
    const problems = urls
      .filter(({ url }) => sourceOfUrl(url) === undefined)
      .map(
        ({ where, url }) => `${where}: ${url} is not under ${DEV_BASE} or not a page/asset the build emits`,
      );
    expect(problems).toEqual([]);
  });

  test("the URL-to-source table agrees with webpack.config.js, which rewrites this base", async () => {
    const saved = process.env.ADDIN_BASE_URL;
    process.env.ADDIN_BASE_URL = "https://thidua.example.org/addin/";
    try {
      const { addinConfig } = jest.requireActual<{ addinConfig: WebpackConfigFactory }>(
        path.join(ROOT, "webpack.config.js"),
      );
      const plugins = (await addinConfig({}, { mode: "production" })).plugins;
      const pages = Object.fromEntries(
        plugins.flatMap((p) =>
          p.userOptions?.filename === undefined ? [] : [[p.userOptions.filename, p.userOptions.template]],
        ),
      );
      const expected = Object.fromEntries(
        Object.entries(BUILD_SOURCES).map(([out, src]) => [out, `./${src}`]),
      );
      expect(pages).toEqual(expect.objectContaining(expected));

      const patterns = plugins.flatMap((p) => p.patterns ?? []);
      expect(patterns).toEqual(
        expect.arrayContaining([expect.objectContaining({ from: "assets", to: "assets" })]),
      );
      const manifestCopy = patterns.find((p) => p.from === "manifest.xml");
      expect(manifestCopy?.transform).toBeDefined();
      const built = manifestCopy?.transform?.(Buffer.from(xml)) ?? "";
      expect(built).not.toContain(DEV_BASE);
      expect(built.split("https://thidua.example.org/addin/").length).toBe(xml.split(DEV_BASE).length);
      // The package's version, so that Office fetches a changed manifest again.
      const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
      expect(built).toContain(`<Version>${version}.0</Version>`);
      // Every English Office gets the English texts, not only en-US.
      const count = (locale: string) => built.split(`Locale="${locale}"`).length - 1;
      expect(count("en-US")).toBeGreaterThan(10);
      for (const locale of ["en-GB", "en-AU", "en-IN", "en-SG"]) expect(count(locale)).toBe(count("en-US"));
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });

  test("the source of every URL exists", () => {
    const missing = [...new Set(allUrls().map(({ url }) => sourceOfUrl(url)))]
      .filter((source): source is string => source !== undefined)
      .filter((source) => !fs.existsSync(path.join(ROOT, source)));
    expect(missing).toEqual([]);
  });

  test("icons are PNGs of the sizes they are declared at", () => {
    const problems: string[] = [];
    const check = (url: string, size: number): void => {
      const source = sourceOfUrl(url);
      if (source === undefined || !source.startsWith("assets/")) {
        problems.push(`${url} is not an asset`);
        return;
      }
      const file = path.join(ROOT, source);
      if (!fs.existsSync(file)) {
        problems.push(`${source} does not exist`);
        return;
      }
      const { width, height } = pngSize(file);
      if (width !== size || height !== size)
        problems.push(`${source} is ${width}×${height}, declared ${size}`);
    };
    check(attr(only(root, "app", "IconUrl"), "DefaultValue"), 64);
    check(attr(only(root, "app", "HighResolutionIconUrl"), "DefaultValue"), 128);
    const icons = descendants(overrides).filter((el) => is(el, "ov", "Icon"));
    expect(icons.length).toBe(4); // the group and its three buttons
    for (const icon of icons) {
      const images = elementChildren(icon);
      // 16, 32 and 80 are mandatory (ImageResourceReference's documentation).
      expect(images.map((img) => attr(img, "size"))).toEqual(["16", "32", "80"]);
      for (const img of images) {
        check(attr(resource(attr(img, "resid")).el, "DefaultValue"), Number(attr(img, "size")));
      }
    }
    expect(problems).toEqual([]);
  });

  test("the ribbon has a Thi đua tab with three buttons that show one pane, at one address, on their views", () => {
    const host = at(overrides, "ov", "Hosts", "Host");
    expect(xsiType(host)).toBe("Workbook");
    const formFactor = only(host, "ov", "DesktopFormFactor");
    const url = (el: Element): string => attr(resource(attr(el, "resid")).el, "DefaultValue");
    const text = (el: Element): [string, string | undefined] => {
      const r = resource(attr(el, "resid")).el;
      return [attr(r, "DefaultValue"), enUs(r)];
    };

    const getStarted = only(formFactor, "ov", "GetStarted");
    expect(text(only(getStarted, "ov", "Title"))[0]).toBeTruthy();
    expect(url(only(getStarted, "ov", "LearnMoreUrl")).startsWith(DEV_BASE)).toBe(true);

    // One page: the pane's, which is also the function file and the shared runtime (the Runtime's resid must
    // be the same as the FunctionFile's, Microsoft's "Configure your Office Add-in to use a shared runtime").
    const pane = `${DEV_BASE}taskpane.html`;
    const runtime = only(only(host, "ov", "Runtimes"), "ov", "Runtime");
    expect([attr(runtime, "lifetime"), url(runtime)]).toEqual(["long", pane]);
    expect(attr(only(formFactor, "ov", "FunctionFile"), "resid")).toBe(attr(runtime, "resid"));
    expect(attr(at(root, "app", "DefaultSettings", "SourceLocation"), "DefaultValue")).toBe(pane);
    // No button opens the pane by an address of its own: another address would reload a writing pane.
    expect(descendants(overrides).filter((el) => is(el, "ov", "SourceLocation"))).toEqual([]);

    const surface = only(formFactor, "ov", "ExtensionPoint");
    expect(xsiType(surface)).toBe("PrimaryCommandSurface");
    const tab = only(surface, "ov", "CustomTab");
    expect(attr(tab, "id")).toBe("ThiDua.Tab");
    expect(text(only(tab, "ov", "Label"))[0]).toBe("Thi đua");
    const group = only(tab, "ov", "Group");
    expect(text(only(group, "ov", "Label"))[0]).toBe("Thi đua");

    const buttons = elementChildren(group).filter((el) => is(el, "ov", "Control"));
    const summary = buttons.map((button) => {
      const action = only(button, "ov", "Action");
      return {
        type: xsiType(button),
        label: text(only(button, "ov", "Label")),
        tip: [
          text(at(button, "ov", "Supertip", "Title")),
          text(at(button, "ov", "Supertip", "Description")),
        ].every(([vi, en]) => vi.length > 0 && en !== undefined && en.length > 0),
        action: xsiType(action),
        // The view the pane's code shows for the function the button runs.
        view: RIBBON_FUNCTIONS[only(action, "ov", "FunctionName").textContent ?? ""],
      };
    });
    const button = { type: "Button", tip: true, action: "ExecuteFunction" };
    expect(summary).toEqual([
      { ...button, label: ["Biểu mẫu", "Templates"], view: "templates" },
      { ...button, label: ["Kiểm tra", "Validate"], view: "validate" },
      { ...button, label: ["Tổng hợp", "Roll up"], view: "rollup" },
    ]);

    const controlIds = descendants(overrides)
      .filter((el) => is(el, "ov", "Control") || is(el, "ov", "Group") || is(el, "ov", "CustomTab"))
      .map((el) => attr(el, "id"));
    expect(new Set(controlIds).size).toBe(controlIds.length);
  });
});
