/** Written into every generated workbook; a test keeps it equal to package.json's version. */
export const GENERATOR_VERSION = "1.1.0";
export const GENERATOR = `thidua ${GENERATOR_VERSION}`;
