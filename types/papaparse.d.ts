/**
 * The small part of papaparse (https://www.papaparse.com/docs) the web app calls: parsing a string
 * into rows of cells. Its DefinitelyTyped package pulls in Node's types, which the web app's project
 * must not see, so this declares only what is used.
 */
declare module 'papaparse' {
  interface ParseError {
    readonly type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    readonly code: string;
    readonly message: string;
    readonly row?: number;
  }
  interface ParseResult {
    readonly data: string[][];
    readonly errors: ParseError[];
  }
  interface ParseConfig {
    readonly header?: false;
    readonly skipEmptyLines?: boolean | 'greedy';
    readonly delimiter?: string;
  }
  const Papa: { parse(input: string, config?: ParseConfig): ParseResult };
  export default Papa;
}
