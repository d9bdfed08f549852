import { commandBytes, COMMAND_BYTES } from "../../src/excel/request-budget";

describe("the size of a request to Excel", () => {
  it.each([
    ["plain letters", "abc"],
    ["Vietnamese letters", "Công đoàn phường Trấn Biên"],
    ["a letter outside the basic plane", "𝔸 ✓"],
    [
      "figures and names together",
      [
        [1, 2.5, "Đạt"],
        [null, "Chưa đạt", 0],
      ],
    ],
  ])("counts %s as the UTF-8 bytes Excel receives", (_, argument) => {
    const sent = Buffer.byteLength(JSON.stringify(argument), "utf8");
    expect(commandBytes(2, argument)).toBe(2 * COMMAND_BYTES + sent);
  });
});
