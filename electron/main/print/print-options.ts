import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';

/** Where paper is US Letter rather than A4 (the US, Canada, Mexico and a few others). */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'BZ']);

export function paperSizeFor(locale: string): 'Letter' | 'A4' {
  const region = locale.replace('_', '-').split('-').slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
  return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'Letter' : 'A4';
}

/** Printing through the system dialog: the user picks the printer and paper there; colours and images are kept. */
export function printOptions(): WebContentsPrintOptions {
  return { silent: false, printBackground: true };
}

/** "Save as PDF…": the paper of the user's region, tagged for screen readers, headings as the PDF outline, no browser header or footer. */
export function pdfOptions(locale: string): PrintToPDFOptions {
  return {
    pageSize: paperSizeFor(locale),
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/** The file name offered in the save dialog: the article's slug, else a plain name. */
export function suggestedPdfName(slug: string): string {
  return `${slug.trim() || 'untitled-draft'}.pdf`;
}

/**
 * Electron's `failureReason` when the user closes the print dialog with Cancel (Electron's printing
 * patch, PrintReasonFromPrintStatus: "Invalid printer settings", "Print job canceled", "Print job failed").
 */
export const PRINT_CANCELED_REASON = 'Print job canceled';

/** What to tell the user after `webContents.print`: nothing when it printed or they cancelled, else why it failed. */
export function printFailureToReport(printed: boolean, failureReason: string): string | null {
  if (printed || failureReason === PRINT_CANCELED_REASON) return null;
  return failureReason || 'The system did not say why.';
}

/** Adds `.pdf` when the name typed in the save dialog has no such ending. */
export function withPdfExtension(file: string): string {
  return file.toLowerCase().endsWith('.pdf') ? file : `${file}.pdf`;
}
