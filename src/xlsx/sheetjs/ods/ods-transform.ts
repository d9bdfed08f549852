/** A rectangle on the sheet, in points. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An affine map of the sheet, as SVG writes one: x' = a·x + c·y + e, y' = b·x + d·y + f (points). */
type Affine = readonly [number, number, number, number, number, number];

/** Longer lists, or more steps, than any program writes: not read. */
const MAX_TRANSFORM_LENGTH = 1_000;
const MAX_STEPS = 32;

const ANGLE_UNITS: Readonly<Record<string, number>> = {
  "": 1,
  rad: 1,
  deg: Math.PI / 180,
  grad: Math.PI / 200,
};

/** A number with its unit, if any, then the rest of a step's arguments. */
const ARGUMENT = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)([a-z]*)$/;

const then = ([a, b, c, d, e, f]: Affine, [a2, b2, c2, d2, e2, f2]: Affine): Affine => [
  a2 * a + c2 * b,
  b2 * a + d2 * b,
  a2 * c + c2 * d,
  b2 * c + d2 * d,
  a2 * e + c2 * f + e2,
  b2 * e + d2 * f + f2,
];

/**
 * One step of a `draw:transform` as its map of the sheet, or null where it cannot be read. `skew` is the
 * sign a skew is read with: which way LibreOffice leans a skewed shape is not certain, so the caller
 * reads it both ways.
 */
function step(
  name: string,
  args: readonly string[],
  length: (text: string) => number | undefined,
  skew: 1 | -1,
): Affine | null {
  const parsed = args.map((arg) => ARGUMENT.exec(arg));
  if (parsed.some((p) => p === null)) return null;
  const angle = (i: number) => {
    const factor = ANGLE_UNITS[parsed[i]![2]!];
    return factor === undefined ? undefined : Number(parsed[i]![1]) * factor;
  };
  const plain = (i: number) => (parsed[i]![2] === "" ? Number(parsed[i]![1]) : undefined);
  // A length in a unit, in points; a bare 0 is none in any unit.
  const distance = (i: number) => {
    const [, number, unit] = parsed[i]!;
    if (unit === "") return Number(number) === 0 ? 0 : undefined;
    const size = length(`${number!.replace(/^[+-]/, "")}${unit}`);
    return size === undefined ? undefined : number!.startsWith("-") ? -size : size;
  };
  const all = (values: (number | undefined)[]) =>
    values.every((v) => v !== undefined && Number.isFinite(v)) ? (values as number[]) : null;
  const n = args.length;
  if (name === "rotate" && n === 1) {
    // LibreOffice turns a shape by a positive angle counterclockwise as the sheet is seen (rows down).
    const [a] = all([angle(0)]) ?? [];
    return a === undefined ? null : [Math.cos(a), -Math.sin(a), Math.sin(a), Math.cos(a), 0, 0];
  }
  if (name === "translate" && (n === 1 || n === 2)) {
    const [x, y] = all([distance(0), n === 2 ? distance(1) : 0]) ?? [];
    return x === undefined ? null : [1, 0, 0, 1, x, y!];
  }
  if (name === "scale" && (n === 1 || n === 2)) {
    const [x, y] = all([plain(0), plain(n - 1)]) ?? [];
    return x === undefined ? null : [x, 0, 0, y!, 0, 0];
  }
  if ((name === "skewX" || name === "skewY") && n === 1) {
    const [a] = all([angle(0)]) ?? [];
    const t = a === undefined ? undefined : skew * Math.tan(a);
    if (t === undefined || !Number.isFinite(t)) return null;
    return name === "skewX" ? [1, 0, t, 1, 0, 0] : [1, t, 0, 1, 0, 0];
  }
  if (name === "matrix" && n === 6) {
    const values = all([plain(0), plain(1), plain(2), plain(3), distance(4), distance(5)]);
    return values ? (values as unknown as Affine) : null;
  }
  return null;
}

/** One step of a list: its name and its arguments, after what went before. */
const STEP = /\s*([a-zA-Z]+)\s*\(([^()]*)\)\s*,?/y;

/** The whole list's map, its steps applied in the order listed (as ODF has it), or null. */
function transformOf(
  text: string,
  length: (text: string) => number | undefined,
  skew: 1 | -1,
): Affine | null {
  const end = text.trimEnd().length;
  if (end > MAX_TRANSFORM_LENGTH) return null;
  let map: Affine = [1, 0, 0, 1, 0, 0];
  for (let steps = 1, at = 0; at < end; steps++) {
    STEP.lastIndex = at;
    const [, name, body] = STEP.exec(text) ?? [];
    const args = body?.trim() ? body.trim().split(/\s*,\s*|\s+/) : [];
    const next = name === undefined || steps > MAX_STEPS ? null : step(name, args, length, skew);
    if (!next) return null;
    map = then(map, next);
    at = STEP.lastIndex;
  }
  return map;
}

/**
 * The rectangle on the sheet a shape's box (`box`, before it is transformed) covers once `draw:transform`
 * is applied to it: the bounding rectangle of its corners, read with a skew leaning either way. Null
 * where the list cannot be read: the shape's place is unknown.
 */
export function transformedBox(
  transform: string,
  box: Box,
  length: (text: string) => number | undefined,
): Box | null {
  const corners = [
    [box.x, box.y],
    [box.x + box.width, box.y],
    [box.x, box.y + box.height],
    [box.x + box.width, box.y + box.height],
  ] as const;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const skew of [1, -1] as const) {
    const map = transformOf(transform, length, skew);
    if (!map) return null;
    const [a, b, c, d, e, f] = map;
    for (const [x, y] of corners) {
      xs.push(a * x + c * y + e);
      ys.push(b * x + d * y + f);
    }
  }
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  const placed = { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top };
  return Object.values(placed).every(Number.isFinite) ? placed : null;
}

/** Whether a `draw:transform` leaves everything where it was ("translate(0in 0in)", "rotate(0)"). */
export function leavesInPlace(transform: string, length: (text: string) => number | undefined): boolean {
  const unit = transformedBox(transform, { x: 0, y: 0, width: 1, height: 1 }, length);
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  return !!unit && near(unit.x, 0) && near(unit.y, 0) && near(unit.width, 1) && near(unit.height, 1);
}
