import { streamXml, type XmlAttributes } from "../xml/xml-stream";
import { DEFAULT_PALETTE, SYSTEM_COLOURS } from "../colours/colours";

const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";

/** A colour's channels, each from 0 to 1: red, green and blue as sRGB stores them. */
type Rgb = readonly [number, number, number];

/** DrawingML's percentages and angles are counted in thousandths of a percent and 60,000ths of a degree. */
const PERCENT = 100_000;
const DEGREES = 60_000;

/**
 * LibreOffice's gamma between sRGB and the linear scRGB that `scrgbClr`, `tint` and `shade` count in
 * (its oox import's own, rather than sRGB's curve).
 */
const GAMMA = 2.3;

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const toLinear = (rgb: Rgb): Rgb => rgb.map((c) => c ** GAMMA) as unknown as Rgb;
const fromLinear = (linear: Rgb): Rgb => linear.map((c) => clamp(c) ** (1 / GAMMA)) as unknown as Rgb;

const fromHex = (hex: string): Rgb | undefined =>
  /^[0-9A-F]{6}$/i.test(hex)
    ? ([0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as unknown as Rgb)
    : undefined;
const toHex = (rgb: Rgb) =>
  rgb
    .map((c) =>
      Math.round(clamp(c) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();

/** Hue (0–6, a sixth of the circle each), saturation and lightness (0–1). */
type Hsl = [number, number, number];

function toHsl([r, g, b]: Rgb): Hsl {
  const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
  const [l, d] = [(max + min) / 2, max - min];
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  const h = d === 0 ? 0 : max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h, s, l];
}

function fromHsl([h, s, l]: Hsl): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const sextant: Rgb = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][Math.floor(h) % 6] as unknown as Rgb;
  return sextant.map((v) => v + l - c / 2) as unknown as Rgb;
}

/** One DrawingML colour transform (ECMA-376 §20.1.2.3), applied as LibreOffice's oox import applies it. */
type Transform = (rgb: Rgb, value: number) => Rgb;

const inHsl =
  (change: (hsl: Hsl, value: number) => void): Transform =>
  (rgb, value) => {
    const hsl = toHsl(rgb);
    change(hsl, value);
    return fromHsl([((hsl[0] % 6) + 6) % 6, clamp(hsl[1]), clamp(hsl[2])]);
  };

const inLinear =
  (change: (channel: number, value: number) => number): Transform =>
  (rgb, value) =>
    fromLinear(toLinear(rgb).map((c) => change(c, value)) as unknown as Rgb);

/** A channel's transforms, set, scaled or moved (in linear light, as LibreOffice counts them). */
const channelTransforms = (name: string, index: 0 | 1 | 2): [string, Transform][] =>
  (
    [
      ["", (_: number, v: number) => v],
      ["Mod", (c: number, v: number) => c * v],
      ["Off", (c: number, v: number) => c + v],
    ] as const
  ).map(([suffix, change]) => [
    `${name}${suffix}`,
    (rgb, value) => {
      const linear = [...toLinear(rgb)];
      linear[index] = change(linear[index]!, value / PERCENT);
      return fromLinear(linear as unknown as Rgb);
    },
  ]);

const TRANSFORMS: ReadonlyMap<string, Transform> = new Map<string, Transform>([
  ["lum", inHsl((hsl, v) => (hsl[2] = v / PERCENT))],
  ["lumMod", inHsl((hsl, v) => (hsl[2] *= v / PERCENT))],
  ["lumOff", inHsl((hsl, v) => (hsl[2] += v / PERCENT))],
  ["sat", inHsl((hsl, v) => (hsl[1] = v / PERCENT))],
  ["satMod", inHsl((hsl, v) => (hsl[1] *= v / PERCENT))],
  ["satOff", inHsl((hsl, v) => (hsl[1] += v / PERCENT))],
  ["hue", inHsl((hsl, v) => (hsl[0] = v / DEGREES / 60))],
  ["hueMod", inHsl((hsl, v) => (hsl[0] *= v / PERCENT))],
  ["hueOff", inHsl((hsl, v) => (hsl[0] += v / DEGREES / 60))],
  ["comp", inHsl((hsl) => (hsl[0] += 3))],
  // A shade darkens towards black, a tint lightens towards white: at 100 % the colour itself.
  ["shade", inLinear((c, v) => c * clamp(v / PERCENT))],
  ["tint", inLinear((c, v) => 1 - (1 - c) * clamp(v / PERCENT))],
  ["inv", (rgb) => rgb.map((c) => 1 - c) as unknown as Rgb],
  ["gray", ([r, g, b]) => Array(3).fill(r * 0.22 + g * 0.72 + b * 0.06) as unknown as Rgb],
  // Between linear and sRGB light: no change to black or white, and little to the colours a form's text
  // and fill are judged by; taken as none rather than leaving the slot untold.
  ["gamma", (rgb) => rgb],
  ["invGamma", (rgb) => rgb],
  ...channelTransforms("red", 0),
  ...channelTransforms("green", 1),
  ...channelTransforms("blue", 2),
]);

/**
 * DrawingML's preset colours (ST_PresetColorVal): CSS's named colours, and the same with "dk", "lt" and
 * "med" for "dark", "light" and "medium" (`dkBlue`, `ltGray`, `medPurple`).
 */
const PRESET_COLOURS: ReadonlyMap<string, string> = new Map(
  (
    "aliceblue F0F8FF antiquewhite FAEBD7 aqua 00FFFF aquamarine 7FFFD4 azure F0FFFF beige F5F5DC " +
    "bisque FFE4C4 black 000000 blanchedalmond FFEBCD blue 0000FF blueviolet 8A2BE2 brown A52A2A " +
    "burlywood DEB887 cadetblue 5F9EA0 chartreuse 7FFF00 chocolate D2691E coral FF7F50 " +
    "cornflowerblue 6495ED cornsilk FFF8DC crimson DC143C cyan 00FFFF darkblue 00008B darkcyan 008B8B " +
    "darkgoldenrod B8860B darkgray A9A9A9 darkgrey A9A9A9 darkgreen 006400 darkkhaki BDB76B " +
    "darkmagenta 8B008B darkolivegreen 556B2F darkorange FF8C00 darkorchid 9932CC darkred 8B0000 " +
    "darksalmon E9967A darkseagreen 8FBC8F darkslateblue 483D8B darkslategray 2F4F4F " +
    "darkslategrey 2F4F4F darkturquoise 00CED1 darkviolet 9400D3 deeppink FF1493 deepskyblue 00BFFF " +
    "dimgray 696969 dimgrey 696969 dodgerblue 1E90FF firebrick B22222 floralwhite FFFAF0 " +
    "forestgreen 228B22 fuchsia FF00FF gainsboro DCDCDC ghostwhite F8F8FF gold FFD700 goldenrod DAA520 " +
    "gray 808080 grey 808080 green 008000 greenyellow ADFF2F honeydew F0FFF0 hotpink FF69B4 " +
    "indianred CD5C5C indigo 4B0082 ivory FFFFF0 khaki F0E68C lavender E6E6FA lavenderblush FFF0F5 " +
    "lawngreen 7CFC00 lemonchiffon FFFACD lightblue ADD8E6 lightcoral F08080 lightcyan E0FFFF " +
    "lightgoldenrodyellow FAFAD2 lightgray D3D3D3 lightgrey D3D3D3 lightgreen 90EE90 lightpink FFB6C1 " +
    "lightsalmon FFA07A lightseagreen 20B2AA lightskyblue 87CEFA lightslategray 778899 " +
    "lightslategrey 778899 lightsteelblue B0C4DE lightyellow FFFFE0 lime 00FF00 limegreen 32CD32 " +
    "linen FAF0E6 magenta FF00FF maroon 800000 mediumaquamarine 66CDAA mediumblue 0000CD " +
    "mediumorchid BA55D3 mediumpurple 9370DB mediumseagreen 3CB371 mediumslateblue 7B68EE " +
    "mediumspringgreen 00FA9A mediumturquoise 48D1CC mediumvioletred C71585 midnightblue 191970 " +
    "mintcream F5FFFA mistyrose FFE4E1 moccasin FFE4B5 navajowhite FFDEAD navy 000080 oldlace FDF5E6 " +
    "olive 808000 olivedrab 6B8E23 orange FFA500 orangered FF4500 orchid DA70D6 palegoldenrod EEE8AA " +
    "palegreen 98FB98 paleturquoise AFEEEE palevioletred DB7093 papayawhip FFEFD5 peachpuff FFDAB9 " +
    "peru CD853F pink FFC0CB plum DDA0DD powderblue B0E0E6 purple 800080 red FF0000 rosybrown BC8F8F " +
    "royalblue 4169E1 saddlebrown 8B4513 salmon FA8072 sandybrown F4A460 seagreen 2E8B57 " +
    "seashell FFF5EE sienna A0522D silver C0C0C0 skyblue 87CEEB slateblue 6A5ACD slategray 708090 " +
    "slategrey 708090 snow FFFAFA springgreen 00FF7F steelblue 4682B4 tan D2B48C teal 008080 " +
    "thistle D8BFD8 tomato FF6347 turquoise 40E0D0 violet EE82EE wheat F5DEB3 white FFFFFF " +
    "whitesmoke F5F5F5 yellow FFFF00 yellowgreen 9ACD32"
  )
    .split(" ")
    .flatMap((word, i, words) => (i % 2 === 0 ? [[word, words[i + 1]!] as const] : [])),
);

const presetColour = (name: string) =>
  PRESET_COLOURS.get(
    name
      .replace(/^dk/, "dark")
      .replace(/^lt/, "light")
      .replace(/^med(?!ium)/, "medium")
      .toLowerCase(),
  );

const percentOf = (attributes: XmlAttributes, name: string) => Number(attributes.get(name) ?? NaN) / PERCENT;

/**
 * The colour a DrawingML colour element starts from, before its transforms: an sRGB, a system colour by
 * its name (LibreOffice draws `window` white whatever its `lastClr`, which a program reads only where it
 * knows no such system colour: red team, round 13, `lastClr="000000"` drawn white), a preset, a linear
 * scRGB or an HSL.
 */
function baseColour(name: string, attributes: XmlAttributes): Rgb | undefined {
  const val = attributes.get("val") ?? "";
  if (name === "srgbClr") return fromHex(val);
  if (name === "sysClr") return fromHex(SYSTEM_COLOURS.get(val) ?? attributes.get("lastClr") ?? "");
  if (name === "prstClr") return fromHex(presetColour(val) ?? "");
  if (name === "scrgbClr") {
    const linear = ["r", "g", "b"].map((c) => percentOf(attributes, c));
    return linear.every(Number.isFinite) ? fromLinear(linear as unknown as Rgb) : undefined;
  }
  if (name === "hslClr") {
    const [hue, sat, lum] = [
      Number(attributes.get("hue")) / DEGREES / 60,
      ...["sat", "lum"].map((c) => percentOf(attributes, c)),
    ];
    return [hue, sat, lum].every(Number.isFinite)
      ? fromHsl([((hue! % 6) + 6) % 6, clamp(sat!), clamp(lum!)])
      : undefined;
  }
  return undefined;
}

/** A theme slot's colour, read as its element and then each transform inside it. */
class SlotColour {
  private rgb: Rgb | undefined;

  constructor(name: string, attributes: XmlAttributes) {
    this.rgb = baseColour(name, attributes);
  }

  /** Applies a transform; one that names no number or that is not known leaves the colour untold. */
  transform(name: string, attributes: XmlAttributes): void {
    if (!this.rgb || name.startsWith("alpha")) return;
    const transform = TRANSFORMS.get(name);
    const value = Number(attributes.get("val") ?? 0);
    this.rgb = transform && Number.isFinite(value) ? transform(this.rgb, value) : undefined;
  }

  get hex(): string | undefined {
    return this.rgb && toHex(this.rgb);
  }
}

const SLOTS = [
  "lt1",
  "dk1",
  "lt2",
  "dk2",
  "accent1",
  "accent2",
  "accent3",
  "accent4",
  "accent5",
  "accent6",
  "hlink",
  "folHlink",
];

/**
 * A theme's colour scheme, in the order Excel's `theme` indexes take: lt1, dk1, lt2, dk2, then the rest;
 * a slot whose colour cannot be told keeps Office's default.
 */
export function readThemeColours(xml: string): readonly string[] {
  const scheme = new Map<string, string>();
  let inScheme = false;
  let slot = "";
  let colour: SlotColour | null = null;
  streamXml(xml, {
    open(name, attributes, _, namespace, depth) {
      if (namespace !== DRAWING_NS) return;
      if (depth === 2) inScheme = name === "clrScheme";
      else if (depth === 3 && inScheme) slot = name;
      else if (depth === 4 && slot && !scheme.has(slot)) colour = new SlotColour(name, attributes);
      else if (depth === 5 && colour) colour.transform(name, attributes);
    },
    close(_, __, depth) {
      if (depth === 4 && colour) {
        const hex = colour.hex;
        if (hex) scheme.set(slot, hex);
        colour = null;
      }
      if (depth === 2) inScheme = false;
      if (depth === 3) slot = "";
    },
  });
  return SLOTS.map((slotName, i) => scheme.get(slotName) ?? DEFAULT_PALETTE.theme[i]!);
}
