/** Characters XML 1.0 cannot carry at all, even escaped: they would make the whole part unreadable. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text fit for an XML element or a double-quoted attribute. */
export const xmlText = (text: string): string =>
  text.replace(NOT_XML, "\ufffd").replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Text fit for an element only: quotes need no escape there, and formulas are full of them. */
export const elementText = (text: string): string =>
  text.replace(NOT_XML, "\ufffd").replace(/[&<>]/g, (c) => ESCAPES[c]!);

/** An element's text, keeping leading and trailing spaces (which XML readers otherwise may drop). */
export const spaced = (text: string): string =>
  /^\s|\s$/.test(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
