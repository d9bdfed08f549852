/** Characters XML 1.0 cannot carry at all, even escaped: they would make the whole part unreadable. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Printable ASCII, tabs and line breaks, without what an attribute or an element escapes: such text is
 * written as it is, as nearly all of a summary's formulas and figures' texts are, after one test instead
 * of two replacements.
 */
const PLAIN_ATTRIBUTE = /^[\t\n\r\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x7e]*$/;
const PLAIN_ELEMENT = /^[\t\n\r\x20-\x25\x27-\x3b\x3d\x3f-\x7e]*$/;

/** Text fit for an XML element or a double-quoted attribute. */
export const xmlText = (text: string): string =>
  PLAIN_ATTRIBUTE.test(text) ? text : text.replace(NOT_XML, "\ufffd").replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** Text fit for an element only: quotes need no escape there, and formulas are full of them. */
export const elementText = (text: string): string =>
  PLAIN_ELEMENT.test(text) ? text : text.replace(NOT_XML, "\ufffd").replace(/[&<>]/g, (c) => ESCAPES[c]!);

/** An element's text, keeping leading and trailing spaces (which XML readers otherwise may drop). */
export const spaced = (text: string): string =>
  /^\s|\s$/.test(text) ? `<t xml:space="preserve">${xmlText(text)}</t>` : `<t>${xmlText(text)}</t>`;

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
