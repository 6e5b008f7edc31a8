import { renderToBuffer } from '@react-pdf/renderer';
import { ApplicationDocument, type PdfApplication, type PdfTexts } from './application-document';
import { registerPdfFonts } from './fonts';

/** The application PDF as bytes (starts with %PDF). */
export async function renderApplicationPdf(app: PdfApplication, texts: PdfTexts): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(<ApplicationDocument app={app} x={texts} />);
}
