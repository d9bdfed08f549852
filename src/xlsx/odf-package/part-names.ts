/** The parts of an OpenDocument spreadsheet readers look it up by, spelt as its standard spells them. */
/** Every sheet, its cells and their automatic styles. */
export const ODS_CONTENT = "content.xml";
/** The common styles, the number formats they name, and the master pages (headers, footers, page layout). */
export const ODS_STYLES = "styles.xml";
/** The program that saved it, and when. */
export const ODS_META = "meta.xml";
/** The view: the sheet it opens on, tabs, zeros shown. */
export const ODS_SETTINGS = "settings.xml";
/** The list of the package's files. */
export const ODS_MANIFEST = "META-INF/manifest.xml";
