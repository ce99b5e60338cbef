// The text of a PDF as a reader would copy it, read with PDF.js's build for Node, so a journey can
// check that a printed page holds the person's words and not only that a PDF was made.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  readonly pages: number;
  /** Every page's text in order, runs of white space (line and page ends too) as one space. */
  readonly text: string;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  // PDF.js takes the buffer over; it gets a copy so the caller's bytes stay whole.
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(
        content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
      );
    }
    return { pages: pdf.numPages, text: pages.join('\n').replace(/\s+/g, ' ').trim() };
  } finally {
    await task.destroy();
  }
}
