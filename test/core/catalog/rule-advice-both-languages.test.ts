import { getTemplate, TEMPLATE_IDS } from "../../../src/core";

// A clerk reading English must be told what to do as one reading Vietnamese is.
describe("the forms' rules", () => {
  const advised = TEMPLATE_IDS.flatMap((id) => getTemplate(id).rules).filter((r) =>
    r.message.vi.includes("hãy"),
  );

  it.each(advised.map((r) => [r.id, r.message.en] as const))(
    "%s says in English what to check too",
    (_, en) => {
      expect(en).toMatch(/\bcheck\b/);
    },
  );
});
