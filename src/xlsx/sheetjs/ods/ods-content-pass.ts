import { strFromU8 } from "fflate";
import { streamXml, type XmlAttributes, type XmlHandlers } from "../../xml/xml-stream";
import { odsDataStyles, odsDataStylesReader, type OdsDataStyles } from "./ods-data-styles";
import { odsVisibilityReader, type OdsVisibility } from "./ods-visibility";

/** What a read gave, or a thunk that throws what it threw. */
type Read<T> = () => T;

const threw =
  (error: unknown): Read<never> =>
  () => {
    throw error;
  };

/**
 * Hands each element to `first`, then to `second` until a handler of `second` throws: that is told to
 * `failed`, and the pass goes on for `first`. What `first` throws, or the scanner, ends the pass.
 */
function alongside(first: XmlHandlers, second: XmlHandlers, failed: (error: unknown) => void): XmlHandlers {
  let reading = true;
  const stop = (error: unknown) => {
    reading = false;
    failed(error);
  };
  return {
    open(name: string, attributes: XmlAttributes, selfClosing: boolean, namespace: string, depth: number) {
      first.open?.(name, attributes, selfClosing, namespace, depth);
      if (reading)
        try {
          second.open?.(name, attributes, selfClosing, namespace, depth);
        } catch (error) {
          stop(error);
        }
    },
    text(text: string) {
      first.text?.(text);
      if (reading)
        try {
          second.text?.(text);
        } catch (error) {
          stop(error);
        }
    },
    close(name: string, namespace: string, depth: number) {
      first.close?.(name, namespace, depth);
      if (reading)
        try {
          second.close?.(name, namespace, depth);
        } catch (error) {
          stop(error);
        }
    },
  };
}

/**
 * An .ods's visibility and data styles from one pass over content.xml, its largest part, which each read
 * whole before (a seventh of reading an .ods). Each comes as a thunk that gives it or throws what reading it
 * alone throws, the visibility's read first: the data styles' failing does not stop the visibility's pass.
 */
export function odsContentReads(
  content: Uint8Array,
  styles: Uint8Array | undefined,
): { readonly visibility: Read<OdsVisibility>; readonly dataStyles: Read<OdsDataStyles> } {
  // Where the visibility's read fails, the data styles are read as they were, alone: asked only after it.
  const alone = () => odsDataStyles(styles, content);
  let visibility: ReturnType<typeof odsVisibilityReader>;
  try {
    visibility = odsVisibilityReader(styles);
  } catch (error) {
    return { visibility: threw(error), dataStyles: alone };
  }
  let dataStyles: Read<OdsDataStyles>;
  let dataContent: XmlHandlers | null = null;
  try {
    const reader = odsDataStylesReader(styles);
    [dataStyles, dataContent] = [reader.done, reader.content];
  } catch (error) {
    dataStyles = threw(error);
  }
  const failed = (error: unknown) => void (dataStyles = threw(error));
  const handlers = dataContent ? alongside(visibility.content, dataContent, failed) : visibility.content;
  try {
    streamXml(strFromU8(content), handlers);
  } catch (error) {
    return { visibility: threw(error), dataStyles: alone };
  }
  return { visibility: visibility.done, dataStyles };
}
