import { strToU8 } from "fflate";
import { OdsCellLayouts } from "../../../../src/xlsx/sheetjs/ods/ods-cell-layouts";
import { streamXml } from "../../../../src/xlsx/xml/xml-stream";

// LibreOffice's own conditional formats name a cell style by its display name ("ConditionalStyle_4" for
// the style named "ConditionalStyle_5f_4"): a name is resolved so only where no style has it as its own.

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';

const layoutsOf = (styles: string) => {
  const layouts = new OdsCellLayouts();
  layouts.readPart(
    strToU8(
      `<office:document-styles ${NS}><office:font-face-decls><style:font-face style:name="Symbol" svg:font-family="Symbol"/></office:font-face-decls><office:styles>${styles}</office:styles></office:document-styles>`,
    ),
  );
  return layouts;
};

const symbolic = (name: string, shown: string) =>
  `<style:style style:name="${name}" style:display-name="${shown}" style:family="table-cell"><style:text-properties style:font-name="Symbol"/></style:style>`;

describe("an .ods cell style named by its display name", () => {
  it("is the style that shows that name", () => {
    const layouts = layoutsOf(symbolic("ConditionalStyle_5f_4", "ConditionalStyle_4"));
    expect(layouts.of("ConditionalStyle_4").symbolFont).toBe("Symbol");
    expect(layouts.of("ConditionalStyle_5f_4").symbolFont).toBe("Symbol");
  });

  it("is not where another style has that name as its own, though it sets nothing", () => {
    const layouts = layoutsOf(
      `${symbolic("ConditionalStyle_5f_4", "Plain")}<style:style style:name="Plain" style:family="table-cell"/>`,
    );
    expect(layouts.of("Plain").symbolFont).toBeUndefined();
  });
});

describe("an .ods cell style's parent, as LibreOffice links it", () => {
  const plain = (name: string, parent?: string) =>
    `<style:style style:name="${name}" style:family="table-cell"${parent ? ` style:parent-style-name="${parent}"` : ""}/>`;

  it("is the named Default where it names none, or one the file lacks", () => {
    const layouts = layoutsOf(`${symbolic("Default", "Default")}${plain("X")}${plain("Y", "Nope")}`);
    expect(layouts.of("X").symbolFont).toBe("Symbol");
    expect(layouts.of("Y").symbolFont).toBe("Symbol");
  });

  it("is never an automatic style", () => {
    const layouts = new OdsCellLayouts();
    // No styles.xml; content.xml's elements as the visibility reader gives them.
    layouts.readPart(undefined);
    streamXml(
      `<office:document-content ${NS}><office:font-face-decls><style:font-face style:name="Symbol" svg:font-family="Symbol"/></office:font-face-decls><office:automatic-styles>${symbolic("A", "A")}${plain("Y", "A")}</office:automatic-styles></office:document-content>`,
      {
        open: (name, attributes, _, namespace, depth) => layouts.open(namespace, name, attributes, depth),
        close: (_, __, depth) => layouts.close(depth),
      },
    );
    expect(layouts.of("A").symbolFont).toBe("Symbol");
    expect(layouts.of("Y").symbolFont).toBeUndefined();
  });
});
