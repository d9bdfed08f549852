type Bilingual = { vi: string; en: string };

// A build script (plain JavaScript, as webpack.config.js requires it), typed here by what the test uses.
const { buildManifest, checkBaseUrl } = jest.requireActual<{
  buildManifest: (xml: string, options: { baseUrl: string; version: string }) => string;
  checkBaseUrl: (raw: string | undefined) => { url: string; notes: Bilingual[] };
}>("../../scripts/manifest-build");

describe("the address a release is built for (ADDIN_BASE_URL)", () => {
  it("adds the folder's trailing slash, and says so", () => {
    const { url, notes } = checkBaseUrl("https://thidua.example.gov.vn");
    expect(url).toBe("https://thidua.example.gov.vn/");
    expect(notes.map((n) => n.vi)).toEqual([
      'Đã thêm "/" vào cuối ADDIN_BASE_URL: https://thidua.example.gov.vn/',
    ]);
    expect(checkBaseUrl(" https://thidua.example.gov.vn/addin/ ")).toEqual({
      url: "https://thidua.example.gov.vn/addin/",
      notes: [],
    });
  });

  it.each([
    [undefined, /Chưa có ADDIN_BASE_URL/],
    ["", /Chưa có ADDIN_BASE_URL/],
    ["http://thidua.example.gov.vn/", /phải bắt đầu bằng https:\/\//],
    ["thidua.example.gov.vn", /không phải một địa chỉ web/],
    ["https://thidua.example.gov.vn/?v=2", /không có "\?", "#"/],
    ["https://user:pw@thidua.example.gov.vn/", /tên đăng nhập/],
  ])("refuses %p, saying why in Vietnamese and English", (raw, said) => {
    expect(() => checkBaseUrl(raw)).toThrow(said);
    expect(() => checkBaseUrl(raw)).toThrow(/ADDIN_BASE_URL/);
  });

  it("never builds an address with its folder glued to the next part", () => {
    const xml =
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/><Version>1.0.0.0</Version>';
    const built = buildManifest(xml, {
      baseUrl: checkBaseUrl("https://host.vn/addin").url,
      version: "2.3.4",
    });
    expect(built).toBe(
      '<IconUrl DefaultValue="https://host.vn/addin/assets/icon-64.png"/><Version>2.3.4.0</Version>',
    );
  });
});
