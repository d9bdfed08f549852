/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FilePicker } from "../../src/taskpane/components/FilePicker";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import { fakeFile, fakeFolder } from "./folder-entries";

function renderPicker(props: { multiple?: boolean; folders?: boolean; lang?: "vi" | "en" } = {}) {
  const onFiles = jest.fn<void, [File[]]>();
  render(
    <I18nProvider lang={props.lang ?? "vi"}>
      <FilePicker
        label="Chọn tệp…"
        dropLabel="Kéo thả tệp vào đây"
        accept=".xlsx,.xls,.ods"
        multiple={props.multiple ?? true}
        folders={props.folders}
        testId="files"
        onFiles={onFiles}
      />
    </I18nProvider>,
  );
  return onFiles;
}

const inFolder = (path: string) => {
  const file = new File(["x"], path.split("/").pop()!);
  Object.defineProperty(file, "webkitRelativePath", { value: path });
  return file;
};

const pickedNames = (onFiles: jest.Mock<void, [File[]]>) => onFiles.mock.calls.flat(2).map((f) => f.name);

const dropZone = () => screen.getByText(/Kéo thả tệp vào đây/).parentElement!;

describe("the file picker's folders", () => {
  it("opens the folder dialog from the keyboard", async () => {
    const user = userEvent.setup();
    renderPicker();
    const folderInput = screen.getByTestId<HTMLInputElement>("files-folder");
    expect(folderInput.webkitdirectory).toBe(true);
    const opened = jest.fn();
    folderInput.addEventListener("click", opened);
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Chọn thư mục…" })).toBe(document.activeElement);
    await user.keyboard("{Enter}");
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it("takes a picked folder's spreadsheets and says how many other files it left out", async () => {
    const user = userEvent.setup();
    const onFiles = renderPicker();
    await user.upload(screen.getByTestId("files-folder"), [
      inFolder("bao-cao/P01.xlsx"),
      inFolder("bao-cao/Đợt 2/P02.ods"),
      inFolder("bao-cao/ghi-chu.docx"),
    ]);
    expect(pickedNames(onFiles)).toEqual(["P01.xlsx", "Đợt 2/P02.ods"]);
    expect(screen.getByRole("status").textContent).toBe(
      "Đã lấy 2 tệp từ thư mục. Đã bỏ qua 1 tệp trong thư mục không phải bảng tính (.xlsx, .xls, .ods).",
    );
  });

  it("walks a dropped folder", async () => {
    const onFiles = renderPicker({ lang: "en" });
    const folder = fakeFolder("bao-cao", { "P01.xlsx": "1", sub: { "P02.xlsx": "2", "a.txt": "" } });
    fireEvent.drop(dropZone(), {
      dataTransfer: { items: [{ webkitGetAsEntry: () => folder }], files: [] },
    });
    await waitFor(() => expect(pickedNames(onFiles)).toEqual(["P01.xlsx", "sub/P02.xlsx"]));
    expect(screen.getByRole("status").textContent).toContain("Skipped 1 file(s) in the folder");
  });

  it("takes dropped files as they are when no folder is among them", () => {
    const onFiles = renderPicker();
    const notes = new File(["n"], "notes.txt");
    fireEvent.drop(dropZone(), {
      dataTransfer: { items: [{ webkitGetAsEntry: () => fakeFile("notes.txt") }], files: [notes] },
    });
    expect(onFiles).toHaveBeenCalledWith([notes]);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says folders can be dropped as a sentence of its own, below what the zone is for", () => {
    // Shown run together, the page read "Kéo thả tệp vào đây Có thể kéo thả cả thư mục.".
    renderPicker();
    const label = screen.getByText("Kéo thả tệp vào đây");
    const folders = screen.getByText("Có thể kéo thả cả thư mục.");
    expect(folders).not.toBe(label);
    expect(folders.parentElement).toBe(label.parentElement);
  });

  it("offers no folder where one file is wanted, unless asked", () => {
    renderPicker({ multiple: false });
    expect(screen.getByText("Kéo thả tệp vào đây")).toBeTruthy();
    expect(screen.queryByText("Có thể kéo thả cả thư mục.")).toBeNull();
    expect(screen.queryByRole("button", { name: "Chọn thư mục…" })).toBeNull();
    expect(screen.queryByTestId("files-folder")).toBeNull();
  });
});
