import { inArea, toA1, type Area } from "../../core/grid/a1";
import {
  UNREADABLE_SHOWN,
  type DrawnRuns,
  type GridCell,
  type GridValue,
  type Ink,
  type Mutable,
} from "../../core/grid/grid";
import {
  blanksCondition,
  cellValueCondition,
  eitherCondition,
  errorsCondition,
  operandFigure,
  type RuleCondition,
} from "../../core/report/rule-conditions";
import { rowBoundFormula } from "../../core/report/row-bound";
import { HASHES, isHashes, numberWriting } from "../../core/report/column-room";
import { FileError } from "../errors";
import { withConditional, withFonts } from "../conditional-formats/with-conditional";
import { MAX_CONDITIONAL_AREAS, MAX_CONDITIONAL_RULES } from "../limits";
import { X14_NS, XM_NS } from "../xml/read-namespaces";
import type { XmlAttributes } from "../xml/xml-stream";
import { DxfReader, type CellStyles, type Dxf } from "./cell-styles";
import { flag } from "./sheet-attributes";
import { areasOf, type KeptPositions, type Position } from "../sheet-geometry/sheet-areas";
import type { StyledRun } from "./shared-strings";
import type { SheetVisibility } from "./sheet-visibility";
import { writingIn } from "../../core/number-formats/number-formats";
import { WORDS } from "../../core/vocabulary";
import { drawsDigitsAsSymbols } from "../../core/report/symbol-fonts";

/**
 * A conditional format's style, or its data bar or icon set drawn without the value (`graphic`), with
 * the areas it covers: parsed once per conditional format, shared by its rules.
 */
interface Conditional {
  readonly areas: readonly Area[];
  readonly dxf?: Dxf | undefined;
  readonly graphic?: true;
  /** Where its condition is read, whether it may hold over a cell's value; else it may anywhere. */
  holds?: RuleCondition | undefined;
  /** Whether its condition reads the row alone: it holds over all of a row's cells it covers or none. */
  byRow?: boolean;
}

/**
 * A rule's style over its range, as far as its condition may hold. Whether it reads its row alone is asked
 * only of a rule over a line that runs on: worked out then, by an accessor of the class rather than of each
 * rule (a report reads some seventy rules).
 */
class ReadRule implements Conditional {
  private rowBound: boolean | undefined;

  constructor(
    readonly areas: readonly Area[],
    readonly dxf: Dxf,
    public holds: RuleCondition | undefined,
    private readonly formula: string | undefined,
  ) {}

  get byRow(): boolean {
    return (this.rowBound ??= this.formula !== undefined && rowBoundFormula(this.formula));
  }

  set byRow(bound: boolean) {
    this.rowBound = bound;
  }
}

/** A conditional format's style over a cell, as one rule (or rules of one style and range) draws it. */
export interface RuleStyle {
  readonly dxf: Dxf;
  readonly byRow?: boolean;
}

/** A `cfRule` being read: its type, operator and style, and the text of each of its formulas. */
interface OpenRule {
  readonly depth: number;
  readonly type: string;
  readonly operator: string;
  readonly dxf: Dxf;
  readonly formulas: string[];
  inFormula: boolean;
}

/**
 * The conditional format of Excel 2010's extension list being read (x14:conditionalFormatting): its
 * rules' styles (each inline, x14:dxf), and its range (xm:sqref), which follows the rules.
 */
interface Extended {
  readonly depth: number;
  readonly dxfs: Dxf[];
  dxf: DxfReader | null;
  sqref: string;
  inSqref: boolean;
  /** Whether one of its rules is a data bar or icon set drawn without the value. */
  graphic: boolean;
}

/** The rule types that draw a scale, a bar or icons rather than a differential style. */
const DRAWN_RULES = new Set(["colorScale", "dataBar", "iconSet"]);

/**
 * What a sheet's conditional formats may make its kept cells show: told each element of them as the
 * sheet streams by, and applied once the whole sheet is read, as programs apply them wherever the sheet
 * puts them (before or after the cells).
 */
export class ConditionalFormats {
  private readonly conditional: Conditional[] = [];
  /** The styles judged for each range: rules of one range and one style do the same. */
  private readonly conditionalStyles = new Map<readonly Area[], Set<Dxf | "graphic" | undefined>>();
  /** The areas all conditional formats of the sheet cover, counted against their cap. */
  private conditionalAreas = 0;
  /** Conditional-format rules (`cfRule`, `x14:cfRule`) met in the sheet, counted against their cap. */
  private conditionalRules = 0;
  /** The cells the conditional format being read covers. */
  private sqref: readonly Area[] = [];
  private extended: Extended | null = null;
  private rule: OpenRule | null = null;

  constructor(
    private readonly file: string,
    private readonly sheet: string,
    private readonly styles: CellStyles,
  ) {}

  /** A `conditionalFormatting` element: the range its rules cover. */
  readFormatting(attributes: XmlAttributes): void {
    this.sqref = this.conditionalAreasOf(attributes.get("sqref"));
  }

  /**
   * A `cfRule` element. A colour scale, data bar or icon set draws no differential style: a `dxfId` on
   * one is ignored, as Excel and LibreOffice ignore it (red team, round 12).
   */
  readRule(attributes: XmlAttributes, depth: number): void {
    this.countRule();
    const type = attributes.get("type")?.trim() ?? "";
    if (DRAWN_RULES.has(type)) return;
    const dxf = this.styles.dxf(attributes.get("dxfId"));
    if (dxf)
      this.rule = {
        depth,
        type,
        operator: attributes.get("operator")?.trim() ?? "",
        dxf,
        formulas: [],
        inFormula: false,
      };
  }

  /** A rule's child: a data bar or icon set (cfRule › dataBar, iconSet), or one of its formulas. */
  readRuleChild(name: string, attributes: XmlAttributes): void {
    if (this.isGraphic(name, attributes)) this.add({ areas: this.sqref, graphic: true });
    if (this.rule && name === "formula") {
      this.rule.formulas.push("");
      this.rule.inFormula = true;
    }
  }

  /** A rule read whole: its style over its range, as far as its condition may hold. */
  private closeRule({ type, operator, dxf, formulas }: OpenRule): void {
    const anchor = this.sqref[0];
    const formula = type === "expression" && formulas.length === 1 ? formulas[0]! : undefined;
    const holds = conditionOf(type, operator, formulas, anchor && toA1(anchor.top, anchor.left));
    this.add(new ReadRule(this.sqref, dxf, holds, formula));
  }

  /**
   * Excel 2010 keeps some conditional formats in the sheet's extension list, each rule's differential
   * style inline (x14:dxf › numFmt) and the range after the rules. Read wherever the list holds one:
   * a format that may show another figure is judged even if Excel would skip its extension.
   */
  readExtension(
    name: string,
    attributes: XmlAttributes,
    namespace: string,
    depth: number,
    main: string,
  ): void {
    if (name === "conditionalFormatting" && namespace === X14_NS)
      this.extended = { depth, dxfs: [], dxf: null, sqref: "", inSqref: false, graphic: false };
    const { extended } = this;
    if (!extended) return;
    if (name === "cfRule" && namespace === X14_NS) this.countRule();
    else if (namespace === X14_NS && this.isGraphic(name, attributes)) extended.graphic = true;
    else if (extended.dxf) extended.dxf.open(name, attributes, namespace, depth);
    else if (name === "dxf" && namespace === X14_NS) {
      extended.dxf = new DxfReader(main, depth);
      extended.dxfs.push(extended.dxf.dxf);
    } else if (name === "sqref" && namespace === XM_NS) extended.inSqref = true;
  }

  text(text: string): void {
    if (this.extended?.inSqref) this.extended.sqref += text;
    if (this.rule?.inFormula) this.rule.formulas[this.rule.formulas.length - 1] += text;
  }

  close(depth: number): void {
    const { extended, rule } = this;
    if (rule && depth === rule.depth) {
      this.rule = null;
      this.closeRule(rule);
    } else if (rule?.inFormula && depth === rule.depth + 1) rule.inFormula = false;
    if (extended && depth === extended.depth) {
      const areas = this.conditionalAreasOf(extended.sqref);
      for (const dxf of extended.dxfs) this.add({ areas, dxf });
      if (extended.graphic) this.add({ areas, graphic: true });
      this.extended = null;
    } else if (extended?.dxf?.closes(depth)) extended.dxf = null;
    else if (extended?.inSqref) extended.inSqref = false;
  }

  /**
   * Writes what conditional formats may do to each kept cell into it, once; `visibility` has measured
   * the sheet, and judges a figure a conditional format writes otherwise or in another size.
   */
  apply(
    cells: Map<string, GridCell>,
    kept: KeptPositions,
    visibility: SheetVisibility,
    runsAt: ReadonlyMap<string, readonly StyledRun[]>,
  ): void {
    /**
     * What conditional formats may make each kept cell show, and in what inks, gathered before any cell
     * is changed: each cell is rewritten once, however many rules cover it.
     */
    const extras = new Map<string, ConditionalExtras>();
    const extrasOf = (address: string) => {
      let found = extras.get(address);
      if (!found) extras.set(address, (found = new ConditionalExtras()));
      return found;
    };
    /** The kept cells of each conditional format's range, found once for all its rules. */
    const keptByAreas = new Map<readonly Area[], Position[]>();
    const keptIn = (areas: readonly Area[]) => {
      let found = keptByAreas.get(areas);
      if (!found) keptByAreas.set(areas, (found = kept.in(areas)));
      return found;
    };
    // A data bar or icon set drawn without the value is drawn over the kept cells it covers.
    for (const { areas, dxf, graphic, holds } of this.conditional)
      if (graphic) for (const { address } of keptIn(areas)) extrasOf(address).drawn = true;
      else if (
        dxf &&
        (dxf.format !== undefined || dxf.font || dxf.fill || dxf.struck || dxf.fontSize || dxf.symbolFont)
      )
        this.formatConditionally(keptIn(areas), { dxf, holds }, cells, extrasOf, visibility, runsAt);
    for (const [address, { mayShow, drawnRuns, inks, drawn, struck, fonts }] of extras) {
      // A new cell, made here: what else the formats do is set on it.
      const held: Mutable<GridCell> = withConditional(
        cells.get(address)!,
        mayShow ?? [],
        inks?.values() ?? [],
      );
      if (drawnRuns) held.drawnRuns = [...(held.drawnRuns ?? []), ...drawnRuns];
      if (drawn && !held.hidden) held.hidden = "graphic";
      if (struck) held.struck = struck;
      if (fonts) held.drawnSizes = withFonts(held.drawnSizes, fonts);
      cells.set(address, held);
    }
  }

  /**
   * The conditional formats' styles that may hold over a cell holding `value`, kept or not (an empty cell
   * a line runs on over), once the sheet is read: one entry for each rule, the same for every cell.
   */
  stylesAt(row: number, col: number, value: GridValue | undefined): RuleStyle[] {
    return this.conditional.filter(
      (rule): rule is Conditional & RuleStyle =>
        rule.dxf !== undefined &&
        (!rule.holds || rule.holds(value)) &&
        rule.areas.some((area) => inArea(area, row, col)),
    );
  }

  /**
   * A conditional format's style: when its condition holds, the kept numbers and texts it covers show
   * what its number format makes of them, in its colours. Whether it holds is not worked out; it may.
   */
  private formatConditionally(
    covered: readonly Position[],
    { dxf, holds }: { dxf: Dxf; holds?: RuleCondition | undefined },
    cells: ReadonlyMap<string, GridCell>,
    extrasOf: (address: string) => ConditionalExtras,
    visibility: SheetVisibility,
    runsAt: ReadonlyMap<string, readonly StyledRun[]>,
  ): void {
    for (const position of covered) {
      const { address, style } = position;
      const { value, formula } = cells.get(address)!;
      if (holds && !holds(value)) continue;
      // A formula saved without its result shows what it computes: in a format that may bend some figure,
      // nothing it shows is trusted.
      if (value === undefined && formula !== undefined && !this.styles.dxfShowsAnyFigure(dxf))
        extrasOf(address).show(UNREADABLE_SHOWN);
      // A font size a rule may draw the cell in, whether or not it holds: the core judges whether it is too
      // small to read, or prints smaller (review: a 6-pt rule that holds printed 2.6 pt high, read ready).
      if (dxf.fontSize !== undefined) (extrasOf(address).fonts ??= new Set()).add(dxf.fontSize);
      if (value?.type !== "number" && value?.type !== "string") continue;
      // A text too: a label a rule may strike through reads as cancelled.
      if (dxf.struck) extrasOf(address).struck = true;
      const runs = value.type === "string" ? runsAt.get(address) : undefined;
      const shown =
        value.type === "number"
          ? this.styles.shownWith(dxf, value.value)
          : this.styles.textShownWith(dxf, value.value);
      // Runs a person sees on the cell's fill may be in the colour of the one a conditional format gives it
      // (red team, round 18: grey words on a grey conditional fill), where it shows them.
      if (runs && shown === undefined)
        (extrasOf(address).drawnRuns ??= []).push(
          this.styles.drawnRuns(style, runs, visibility.rowHeightOf(position.rowState), dxf),
        );
      const inks =
        value.type === "number"
          ? this.styles.reportedInks(style, value.value, dxf)
          : this.styles.textInks(style, dxf);
      const otherwise =
        value.type === "number"
          ? this.shownOtherwise(position, value.value, shown, dxf, cells, visibility)
          : { hashes: false };
      // A label in Symbol's Greek or Wingdings' pictures, a figure in pictures, shows what cannot be told
      // (red team, round 19: a target's label so drawn read as present).
      const symbols =
        dxf.symbolFont !== undefined && (value.type === "string" || drawsDigitsAsSymbols(dxf.symbolFont));
      if (shown === undefined && inks.length === 0 && !otherwise.hashes && !symbols) continue;
      const extra = extrasOf(address);
      if (shown !== undefined) extra.show(shown);
      if (symbols) extra.show(UNREADABLE_SHOWN);
      if (otherwise.hashes) extra.show(HASHES);
      for (const ink of inks) (extra.inks ??= new Map()).set(inkKey(ink), ink);
    }
  }

  /**
   * A figure as a conditional format's style writes it (`shown`, else as the cell does) in the style's
   * font size: "###" where the column is too narrow for that writing (red team, round 10: a format of
   * twelve decimals, a 26-pt font). A cell already showing "###" is judged so.
   */
  private shownOtherwise(
    position: Position,
    value: number,
    shown: string | undefined,
    dxf: Dxf,
    cells: ReadonlyMap<string, GridCell>,
    visibility: SheetVisibility,
  ): { hashes?: boolean } {
    const own = writingIn(dxf.format, shown);
    if (own === undefined && dxf.fontSize === undefined) return {};
    const held = cells.get(position.address)!.shown;
    if (own === undefined && held !== undefined && isHashes(held)) return {};
    const writing = own ?? numberWriting(held, () => this.styles.plainWriting(position.style));
    return visibility.shownOtherwise(position, value, writing, dxf.fontSize);
  }

  /** Whether the element is a data bar or an icon set drawn without the value (showValue="0"). */
  private isGraphic(name: string, attributes: XmlAttributes): boolean {
    return (
      (name === "dataBar" || name === "iconSet") &&
      attributes.get("showValue") !== undefined &&
      !flag(attributes, "showValue", this.file)
    );
  }

  /** A conditional format's range, counted against the sheet's cap on the areas they cover. */
  private conditionalAreasOf(sqref: string | undefined): readonly Area[] {
    const areas = areasOf(sqref, {
      max: MAX_CONDITIONAL_AREAS - this.conditionalAreas,
      exceeded: () => this.tooMany(),
    });
    this.conditionalAreas += areas.length;
    return areas;
  }

  private countRule(): void {
    if (++this.conditionalRules > MAX_CONDITIONAL_RULES) this.tooMany();
  }

  /**
   * A conditional format's style or graphic. A rule has one of each at most, but an extension's rule
   * can list styles: they are counted too.
   */
  private add(entry: Conditional): void {
    if (this.conditional.length >= 2 * MAX_CONDITIONAL_RULES) this.tooMany();
    let styles = this.conditionalStyles.get(entry.areas);
    if (!styles) this.conditionalStyles.set(entry.areas, (styles = new Set()));
    const style = entry.graphic ? "graphic" : entry.dxf;
    if (styles.has(style)) {
      // Two rules of one style over one range: it may be drawn where either holds.
      const same = this.conditional.find((kept) => kept.areas === entry.areas && kept.dxf === style);
      if (same) {
        same.holds = eitherCondition(same.holds, entry.holds);
        same.byRow = same.byRow === true && entry.byRow === true;
      }
      return;
    }
    styles.add(style);
    // Each entry is made for this call alone: kept as it is, its `byRow` still to be worked out.
    this.conditional.push(entry);
  }

  private tooMany(): never {
    throw new FileError(WORDS.file.tooManyConditionalFormats, this.file, {
      sheet: this.sheet,
      rules: MAX_CONDITIONAL_RULES,
      areas: MAX_CONDITIONAL_AREAS,
    });
  }
}

/**
 * What conditional formats may do to a kept cell: show other texts, in other inks, a graphic, struck
 * through. Each set is made when first needed: most cells a rule covers get an ink or a text alone.
 */
class ConditionalExtras {
  mayShow: Set<string> | null = null;
  /** Its runs as drawn on a conditional format's fill, for the core to judge (`GridCell.drawnRuns`). */
  drawnRuns: DrawnRuns[] | null = null;
  inks: Map<string, Ink> | null = null;
  drawn = false;
  struck = false;
  /** The font sizes conditional formats may draw it in (`GridCell.drawnSizes`). */
  fonts: Set<number> | null = null;

  show(text: string): void {
    (this.mayShow ??= new Set()).add(text);
  }
}

/**
 * An ink's text and background colours, one key for both. The styles give the same inks for each cell of
 * a style under a rule's, and every report of a template repeats them: each ink's key is made once.
 */
function inkKey(ink: Ink): string {
  let key = INK_KEYS.get(ink);
  if (key === undefined) INK_KEYS.set(ink, (key = `${ink.text}/${ink.background}`));
  return key;
}
const INK_KEYS = new WeakMap<Ink, string>();

/** A formula testing a cell for an error, by a relative reference ("ISERROR(C9)"). */
const ERROR_TEST = /^\s*(?:ISERROR|ISERR|ISNA)\(\s*([A-Z]{1,3}\d+)\s*\)\s*$/i;

/** The condition of a rule of `type`, where this reads it: a cell's value compared with figures, errors, blanks. */
function conditionOf(
  type: string,
  operator: string,
  formulas: readonly string[],
  anchor: string | undefined,
): RuleCondition | undefined {
  if (type === "cellIs") return cellValueCondition(operator, formulas.map(operandFigure));
  // ISERROR of the range's first cell, relative: an error of each cell (a clerk's way to hide #DIV/0!).
  const tested = type === "expression" && formulas.length === 1 ? ERROR_TEST.exec(formulas[0]!) : null;
  if (tested && anchor !== undefined && tested[1]!.toUpperCase() === anchor) return errorsCondition(true);
  // A formula of FALSE alone never holds (red team, round 59: a dark fill that never shows).
  if (type === "expression" && formulas.length === 1 && /^\s*FALSE\s*$/i.test(formulas[0]!))
    return () => false;
  if (type === "containsErrors" || type === "notContainsErrors")
    return errorsCondition(type === "containsErrors");
  if (type === "containsBlanks" || type === "notContainsBlanks")
    return blanksCondition(type === "containsBlanks");
  return undefined;
}
