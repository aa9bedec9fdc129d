import fc from "fast-check";
import { SaxesParser } from "saxes";
import { FileRefused } from "./read-budget";
import { xmlPieces } from "./xml-part";

const KEPT = ["r", "t", "s", "val"];
const WORKSHEET_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\r\n<x:worksheet xmlns:x="urn:main" xmlns:r="urn:r">';

type Read = { events: string[] } | { error: string };

/** What a handler sees, in order: texts that follow one another joined, attributes other than KEPT left out. */
function recorder() {
  const events: string[] = [];
  const text = (t: string) => {
    const last = events.length - 1;
    if (last >= 0 && events[last].startsWith("text ")) events[last] += t;
    else events.push(`text ${t}`);
  };
  const open = (name: string, attributes: Readonly<Record<string, string>>, depth?: number) => {
    const kept = KEPT.filter((k) => attributes[k] !== undefined).map((k) => `${k}=${JSON.stringify(attributes[k])}`);
    events.push(`open ${name} ${kept.join(" ")}${depth === undefined ? "" : ` @${depth}`}`);
  };
  const close = (name: string, depth?: number) =>
    events.push(`close ${name}${depth === undefined ? "" : ` @${depth}`}`);
  return { events, text, open, close };
}

/** The part read by saxes alone, as the reader read every part before the scanner. */
function bySaxes(xml: string): Read {
  const { events, text, open, close } = recorder();
  const parser = new SaxesParser({ xmlns: false, position: false });
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  let depth = 0;
  parser.on("opentag", (tag) => open(local(tag.name), tag.attributes, ++depth));
  parser.on("closetag", (tag) => close(local(tag.name), depth--));
  parser.on("text", text);
  try {
    parser.write(xml).close();
    return { events };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * The part read as the reader reads it, `<sheetData>` by the scanner, given in pieces cut at `cuts`; with
 * `cells`, plain cells come in one call each, recorded as the events of their tags.
 */
function byScanner(xml: string, cuts: readonly number[], cells = false): Read {
  const { events, text, open, close } = recorder();
  let depth = 0;
  const cell = (r: string, s?: string, t?: string, formula?: string, value?: string) => {
    open("c", { r, ...(s === undefined ? {} : { s }), ...(t === undefined ? {} : { t }) }, depth + 1);
    for (const [name, inner] of [
      ["f", formula],
      ["v", value],
    ] as const) {
      if (inner === undefined) continue;
      open(name, {}, depth + 2);
      if (inner !== "") text(inner);
      close(name, depth + 2);
    }
    close("c", depth + 1);
  };
  const parser = xmlPieces("sheet.xml", 64, {
    open: (name, attributes, at) => {
      depth = at;
      open(name, attributes, at);
    },
    close: (name, at) => {
      depth = at - 1;
      close(name, at);
    },
    text,
    scanInside: { element: "sheetData", attributes: KEPT, ...(cells ? { cell } : {}) },
  });
  try {
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      parser.write(xml.slice(from, Math.max(from, cut)));
      from = Math.max(from, cut);
    }
    parser.write(xml.slice(from));
    parser.end();
    return { events };
  } catch (error) {
    if (error instanceof FileRefused && error.problem.code === "corrupt") return { error: error.problem.detail ?? "" };
    throw error;
  }
}

const sheet = (data: string, after = "") =>
  `${WORKSHEET_OPEN}<x:sheetPr/><x:sheetData>${data}</x:sheetData>${after}</x:worksheet>`;

/** Text as writers write it and as they should not: entities, line ends, brackets, controls, markup. */
const textPiece = fc.constantFrom(
  "Nguyễn Văn A",
  "12",
  "3.5E-2",
  " ",
  "&amp;",
  "&lt;b&gt;",
  "&quot;&apos;",
  "&#7841;",
  "&#x1EA1;",
  "&#X41;",
  "&#0;",
  "&#xD800;",
  "&nbsp;",
  "& ",
  "&;",
  "a\r\nb",
  "a\rb",
  "\t",
  "]]",
  "]]>",
  "]>",
  "_x001B_",
  "<!-- ghi chú -->",
  "<![CDATA[5]]>",
  "<?pi x?>",
  "\u0001",
  "\uFFFE",
  "😀",
  "<",
  ">",
);
const text = fc.array(textPiece, { maxLength: 4 }).map((pieces) => pieces.join(""));
const attributeValue = fc.constantFrom(
  "A1",
  "B12",
  "s",
  "inlineStr",
  "1",
  "",
  "a&amp;b",
  "x\r\ny",
  "a\tb",
  "&#10;",
  "a<b",
  "&bad;",
);
const attribute = fc
  .tuple(
    fc.constantFrom("r", "t", "s", "val", "spans", "x14ac:dyDescent", "r", "é"),
    attributeValue,
    fc.constantFrom('"', "'"),
  )
  .map(([name, value, quote]) => ` ${name}=${quote}${value.replace(quote, "")}${quote}`);
const attributes = fc.array(attribute, { maxLength: 3 }).map((list) => list.join(""));
const element = (name: string, inner: fc.Arbitrary<string>) =>
  fc
    .tuple(attributes, inner, fc.boolean(), fc.constantFrom("", " ", "\n"))
    .map(([attrs, content, empty, space]) =>
      empty ? `<${name}${attrs}${space}/>` : `<${name}${attrs}${space}>${content}</${name}${space}>`,
    );
const run = element(
  "r",
  fc.tuple(element("rPr", element("rFont", fc.constant(""))), element("t", text)).map((p) => p.join("")),
);
const cellContent = fc
  .array(
    fc.oneof(
      element("v", text),
      element("f", text),
      element(
        "is",
        fc
          .array(fc.oneof(element("t", text), run, element("rPh", element("t", text))), { maxLength: 3 })
          .map((p) => p.join("")),
      ),
      text,
    ),
    { maxLength: 3 },
  )
  .map((parts) => parts.join(""));
const cell = element("c", cellContent);
/** Cells as Excel writes nearly all of them (or almost: a letter or a digit too many or in the wrong place). */
const plainCell = fc
  .tuple(
    fc.constantFrom("A1", "XFD1048576", "AB12", "a1", "A0", "ABCD1"),
    fc.constantFrom("", ' s="3"', ' s="x"'),
    fc.constantFrom("", ' t="s"', ' t="inlineStr"', ' t="1"'),
    fc.constantFrom("", "<f>SUM(A1:A2)</f>", "<f></f>", "<f>A1&amp;B1</f>"),
    fc.constantFrom("/>", "></c>", "><v>12</v></c>", "><v></v></c>", "><v>a\rb</v></c>", "><v>x</v></c >"),
  )
  .map(([ref, style, type, formula, end]) =>
    end.startsWith("><v>")
      ? `<c r="${ref}"${style}${type}>${formula}${end.slice(1)}`
      : `<c r="${ref}"${style}${type}${end}`,
  );
const rowXml = element(
  "row",
  fc
    .array(fc.oneof(cell, plainCell, plainCell, element("x:c", cellContent), text), { maxLength: 4 })
    .map((p) => p.join("")),
);
const sheetData = fc.array(fc.oneof(rowXml, text), { maxLength: 5 }).map((rows) => rows.join(""));
/** Sometimes a character taken out or put in somewhere: a part that is no longer well-formed. */
const damaged = fc
  .tuple(sheetData, fc.option(fc.tuple(fc.nat(), fc.constantFrom("", "<", ">", "/", '"', "&", "x"))))
  .map(([data, change]) => {
    if (change === null) return data;
    const at = change[0] % (data.length + 1);
    return data.slice(0, at) + change[1] + data.slice(at + (change[1] === "" ? 1 : 0));
  });

describe("the sheet-data scanner reads what saxes reads", () => {
  test("any sheet data, cut into pieces anywhere: the same elements, attributes and text, or the same error", () => {
    fc.assert(
      fc.property(damaged, fc.array(fc.nat(), { maxLength: 6 }), (data, cuts) => {
        const xml = sheet(data, '<x:mergeCells><x:mergeCell ref="A1:B2"/></x:mergeCells>');
        const at = cuts.map((c) => c % (xml.length + 1));
        const expected = bySaxes(xml);
        expect(byScanner(xml, at)).toEqual(expected);
        expect(byScanner(xml, at, true)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  test("plain cells given in one call each are nested as deep as their tags: the same limit holds", () => {
    const xml = sheet(`${"<a>".repeat(60)}<row r="1"><c r="A1"><v>1</v></c></row>${"</a>".repeat(60)}`);
    expect(() => byScanner(xml, [], true)).toThrow(FileRefused);
    const shallow = sheet(`${"<a>".repeat(58)}<row r="1"><c r="A1"/></row>${"</a>".repeat(58)}`);
    expect(byScanner(shallow, [], true)).toEqual(bySaxes(shallow));
  });

  test.each([
    [
      "entities in text and attributes",
      '<row r="1"><c r="A1" t="str"><v>a &amp;lt; b &#x1EA1;&#7841;</v></c><c r="B&#49;" t="s"><v>0</v></c></row>',
    ],
    [
      "line ends: \\r\\n and \\r in text, and in attributes",
      '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">a\r\nb\rc\n</t></is></c><c r="B1" t="s\r\n"><v>1</v></c></row>',
    ],
    [
      "rich text runs and phonetic text",
      '<row><c t="inlineStr"><is><r><rPr><rFont val="VNI-Times"/></rPr><t>Nguy</t></r><r><t>eãn</t></r><rPh sb="0" eb="1"><t>ハ</t></rPh></is></c></row>',
    ],
    [
      "self-closing cells and cells without addresses",
      "<row/><row><c/><c s=\"2\"/><c><v>1</v></c><c t='b'><v>1</v></c></row>",
    ],
    [
      "a comment, CDATA and a processing instruction leave the rest to saxes",
      '<row r="1"><c r="A1"><v>1</v></c><!-- x --><c r="B1"><v><![CDATA[2]]></v></c><?pi?><c r="C1"><v>3</v></c></row>',
    ],
    ["a prefixed element closed without its prefix", '<x:row r="1"></row>'],
    ["an attribute written twice", '<row r="1" r="2"/>'],
    ["no space between attributes", '<row r="1"s="2"/>'],
    ["an unknown entity", "<row><c><v>&nbsp;</v></c></row>"],
    ["`]]>` in text", "<row><c><v>]]></v></c></row>"],
    ["a raw control character", "<row><c><v>\u001B</v></c></row>"],
    ["a name with a character outside ASCII", '<row><c r="A1"><vé>1</vé></c></row>'],
  ])("%s", (_, data) => {
    const xml = sheet(data);
    const expected = bySaxes(xml);
    for (const size of [1, 2, 3, 7, xml.length]) {
      const cuts = Array.from({ length: Math.ceil(xml.length / size) }, (_, i) => i * size);
      expect(byScanner(xml, cuts)).toEqual(expected);
    }
  });

  test("a part that ends inside the sheet data fails as it does in saxes", () => {
    const xml = `${WORKSHEET_OPEN}<x:sheetData><row r="1"><c r="A1"><v>1`;
    expect(byScanner(xml, [xml.length - 3])).toEqual(bySaxes(xml));
    expect(bySaxes(xml)).toHaveProperty("error");
  });

  test("a part declared XML 1.1, whose line ends saxes reads otherwise, is left to saxes whole", () => {
    const xml = `<?xml version="1.1"?><worksheet><sheetData><row><c><v>a\u0085b\u2028c</v></c></row></sheetData></worksheet>`;
    expect(byScanner(xml, [60])).toEqual(bySaxes(xml));
    expect(bySaxes(xml)).toEqual({ events: expect.arrayContaining(["text a\nb\nc"]) });
  });

  test("a tag longer than the scanner carries from piece to piece is left to saxes, and read alike", () => {
    const long = "x".repeat(70_000);
    const xml = sheet(`<row r="1" spans="${long}"><c r="A1"><v>1</v></c></row>`);
    const cuts = Array.from({ length: Math.ceil(xml.length / 4096) }, (_, i) => i * 4096);
    expect(byScanner(xml, cuts)).toEqual(bySaxes(xml));
  });

  test("elements nested past the limit inside the sheet data are refused as too deep", () => {
    const xml = sheet(`${"<a>".repeat(70)}${"</a>".repeat(70)}`);
    expect(() => byScanner(xml, [])).toThrow(FileRefused);
  });
});
