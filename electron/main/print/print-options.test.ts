import { describe, expect, it } from 'vitest';
import { paperSizeFor, pdfOptions, printFailureToReport, printOptions, suggestedPdfName, withPdfExtension } from './print-options';

describe('print and PDF options', () => {
  it('prints through the system dialog with backgrounds kept', () => {
    expect(printOptions()).toEqual({ silent: false, printBackground: true });
  });

  it('uses Letter paper in the Americas that use it and A4 elsewhere', () => {
    expect(paperSizeFor('en-US')).toBe('Letter');
    expect(paperSizeFor('fr_CA')).toBe('Letter');
    expect(paperSizeFor('en-GB')).toBe('A4');
    expect(paperSizeFor('sw-KE')).toBe('A4');
    expect(paperSizeFor('zh-Hant-TW')).toBe('A4');
    expect(paperSizeFor('en')).toBe('A4');
  });

  it('makes an accessible PDF without the browser’s header and footer', () => {
    expect(pdfOptions('en-KE')).toEqual({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: false,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  });

  it('names the file after the slug and makes sure it ends in .pdf', () => {
    expect(suggestedPdfName('floodwaters-recede')).toBe('floodwaters-recede.pdf');
    expect(suggestedPdfName('  ')).toBe('untitled-draft.pdf');
    expect(withPdfExtension('/home/amina/flood')).toBe('/home/amina/flood.pdf');
    expect(withPdfExtension('/home/amina/flood.PDF')).toBe('/home/amina/flood.PDF');
  });

  it('says nothing when the job printed or the user cancelled the dialog, and gives Electron’s reason otherwise', () => {
    expect(printFailureToReport(true, '')).toBeNull();
    // Electron 45 reports Cancel in the system dialog as "Print job canceled".
    expect(printFailureToReport(false, 'Print job canceled')).toBeNull();
    expect(printFailureToReport(false, 'Print job failed')).toBe('Print job failed');
    expect(printFailureToReport(false, 'Invalid printer settings')).toBe('Invalid printer settings');
    expect(printFailureToReport(false, '')).toBe('The system did not say why.');
  });
});
