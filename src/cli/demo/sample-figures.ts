import { computeForm, emptyValues, getTemplate, type FormValues, type TemplateId } from "../../core";

/** A small seeded generator (mulberry32), so a demo or a test gives the same figures every run. */
export function seededRandom(seed: number): (min: number, max: number) => number {
  let a = seed >>> 0;
  return (min, max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(min + r * (max - min + 1));
  };
}

type Random = ReturnType<typeof seededRandom>;
const share = (rand: Random, n: number, lowPct: number, highPct: number) =>
  Math.round((n * rand(lowPct, highPct)) / 100);

function agreements(rand: Random, values: FormValues): void {
  const sizes = { state: [0, 4], private: [15, 120], fdi: [0, 35] } as const;
  for (const [row, [lo, hi]] of Object.entries(sizes)) {
    const withUnion = rand(lo, hi);
    const signed = share(rand, withUnion, 55, 95);
    const a = share(rand, signed, 5, 20);
    const b = share(rand, signed - a, 20, 45);
    const c = share(rand, signed - a - b, 20, 50);
    const d = share(rand, signed - a - b - c, 10, 40);
    Object.assign(values[row]!, {
      enterprises_with_union: withUnion,
      cla_signed: signed,
      grade_a: a,
      grade_b: b,
      grade_c: c,
      grade_d: d,
      ungraded: signed - a - b - c - d,
    });
  }
}

function members(rand: Random, values: FormValues): void {
  const sizes = {
    public_sector: [150, 1500],
    state: [0, 1800],
    private: [800, 8000],
    fdi: [0, 9000],
    other: [0, 300],
  } as const;
  for (const [row, [lo, hi]] of Object.entries(sizes)) {
    const workers = rand(lo, hi);
    const start = share(rand, workers, 60, 88);
    const admitted = share(rand, workers, 1, 8);
    const transferredIn = share(rand, start, 0, 4);
    const left = share(rand, start, 1, 5);
    const transferredOut = share(rand, start, 0, 2);
    const unionsStart = Math.max(workers > 0 ? 1 : 0, Math.round(workers / rand(60, 200)));
    const dissolved = Math.min(unionsStart, rand(0, 1));
    Object.assign(values[row]!, {
      workers,
      members_start: start,
      members_admitted: admitted,
      members_transferred_in: transferredIn,
      members_left: left,
      members_transferred_out: transferredOut,
      members_female: share(rand, start + admitted + transferredIn - left - transferredOut, 38, 65),
      unions_start: unionsStart,
      unions_founded: rand(0, 3),
      unions_transferred_in: rand(0, 2),
      unions_dissolved: dissolved,
      unions_transferred_out: Math.min(unionsStart - dissolved, rand(0, 1)),
    });
  }
}

function finance(rand: Random, values: FormValues): void {
  const funding = rand(200, 3000) * 1_000_000;
  const dues = rand(50, 800) * 1_000_000;
  Object.assign(values.union_funding!, { budget: funding, collected: share(rand, funding, 85, 115) });
  Object.assign(values.union_dues!, { budget: dues, collected: share(rand, dues, 85, 112) });
}

function results(rand: Random, values: FormValues): void {
  const put = (row: string, value: number) => (values[row]!.value = value);
  const unions = rand(20, 120);
  const introduced = rand(5, 40);
  const employees = rand(150, 1500);
  const withInitiative = share(rand, employees, 10, 35);
  const individuals = rand(10, 80);
  put("grassroots_unions", unions);
  put("party_procedure_unions", share(rand, unions, 75, 100));
  put("members_introduced_party", introduced);
  put("members_admitted_party", share(rand, introduced, 50, 90));
  put("public_employees", employees);
  put("public_employees_with_initiative", withInitiative);
  put("initiatives_recognised", withInitiative + rand(0, 20));
  put("mai_am_built", rand(0, 2));
  put("mai_am_repaired", rand(0, 2));
  put("exemplary_models", rand(2, 20));
  put("emulation_works", rand(1, 10));
  put("safety_contests", rand(0, 2));
  put("commended_collectives", rand(2, 15));
  put("commended_individuals", individuals);
  put("commended_direct_workers", share(rand, individuals, 30, 60));
}

const FILLERS: Record<TemplateId, (rand: Random, values: FormValues) => void> = {
  B01: agreements,
  B02: members,
  B03: finance,
  B04: results,
};

/** Plausible figures of a commune or industrial-park union, consistent with every rule of the catalog. */
export function sampleForms(
  templates: readonly TemplateId[],
  seed: number,
): Partial<Record<TemplateId, FormValues>> {
  const rand = seededRandom(seed);
  const forms: Partial<Record<TemplateId, FormValues>> = {};
  for (const id of templates) {
    const def = getTemplate(id);
    const inputs = emptyValues(def);
    FILLERS[id](rand, inputs);
    forms[id] = computeForm(def, inputs);
  }
  return forms;
}
