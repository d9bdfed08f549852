// jsdom lacks a few browser APIs the task pane uses; Node has equivalents, a browser has them all.
import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import { indexComputedStyle } from "./computed-style";

/** jsdom's own getComputedStyle, which the indexed one replaces (test/taskpane/computed-style.test.tsx). */
export let jsdomGetComputedStyle: Window["getComputedStyle"] | undefined;

if (typeof window !== "undefined") {
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.assign(window, { ResizeObserver: ResizeObserverStub });
  }
  if (!("TextDecoder" in window)) Object.assign(globalThis, { TextDecoder, TextEncoder });
  // The charts measure label text on a canvas, which jsdom cannot draw; without one they estimate.
  HTMLCanvasElement.prototype.getContext = () => null;
  jsdomGetComputedStyle = indexComputedStyle(window);
  // A machine busy with other work (CI, a shared 2-core host) can take more than Testing Library's default
  // second to render a roll-up's result: the pane's tests wait up to 10 s for what they look for. Required
  // here rather than imported, so the files of the node environment do not load Testing Library.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("@testing-library/dom") as typeof import("@testing-library/dom")).configure({
    asyncUtilTimeout: 10_000,
  });
  // Node's Web Crypto refuses buffers made in jsdom's realm; hand it a Node Buffer over the same bytes.
  const digest = (algorithm: AlgorithmIdentifier, data: ArrayBuffer | ArrayBufferView) =>
    webcrypto.subtle.digest(
      algorithm,
      ArrayBuffer.isView(data)
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
        : Buffer.from(data),
    );
  Object.defineProperty(globalThis, "crypto", {
    value: { subtle: { digest }, getRandomValues: webcrypto.getRandomValues.bind(webcrypto) },
    configurable: true,
  });
  const read = (blob: Blob, as: "buffer" | "text") =>
    new Promise<ArrayBuffer | string>((resolve, reject) => {
      const reader = new FileReader();
      // Copied so the buffer belongs to Node's realm, as Node's Web Crypto insists.
      reader.onload = () =>
        resolve(
          typeof reader.result === "string"
            ? reader.result
            : new Uint8Array(reader.result as ArrayBuffer).slice().buffer,
        );
      reader.onerror = () => reject(reader.error);
      if (as === "buffer") reader.readAsArrayBuffer(blob);
      else reader.readAsText(blob);
    });
  if (!Blob.prototype.arrayBuffer)
    Blob.prototype.arrayBuffer = function () {
      return read(this, "buffer") as Promise<ArrayBuffer>;
    };
  if (!Blob.prototype.text)
    Blob.prototype.text = function () {
      return read(this, "text") as Promise<string>;
    };
}
