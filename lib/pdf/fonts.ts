import { existsSync } from 'node:fs';
import path from 'node:path';
import { Font } from '@react-pdf/renderer';

/**
 * PDF's 14 built-in fonts have no Cyrillic, so the application PDF embeds DejaVu Sans
 * (the `dejavu-fonts-ttf` npm package, installed with the project — nothing is
 * downloaded at run time), which covers Cyrillic and the Kazakh letters
 * (Ә Ғ Қ Ң Ө Ұ Ү Һ І and their lowercase) in regular, bold and oblique faces.
 * DEMEU_PDF_FONT_DIR may point to another folder with the same four file names.
 */
export const PDF_FONT_FAMILY = 'DemeuSans';

const fontDir = process.env.DEMEU_PDF_FONT_DIR ?? path.join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf');
const faces = [
  { file: 'DejaVuSans.ttf', fontWeight: 'normal', fontStyle: 'normal' },
  { file: 'DejaVuSans-Bold.ttf', fontWeight: 'bold', fontStyle: 'normal' },
  { file: 'DejaVuSans-Oblique.ttf', fontWeight: 'normal', fontStyle: 'italic' },
  { file: 'DejaVuSans-BoldOblique.ttf', fontWeight: 'bold', fontStyle: 'italic' },
] as const;

let registered = false;

/** Registers the fonts once per process; throws when a file is missing (a 500 beats a PDF of blank boxes). */
export function registerPdfFonts(): void {
  if (registered) return;
  // The font folder is configuration, not app code: keep the bundler from tracing the whole project.
  const missing = faces.map((f) => path.join(/*turbopackIgnore: true*/ fontDir, f.file)).filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`PDF fonts with Cyrillic not found: ${missing.join(', ')}`);
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: faces.map((f) => ({ src: path.join(/*turbopackIgnore: true*/ fontDir, f.file), fontWeight: f.fontWeight, fontStyle: f.fontStyle })),
  });
  // No hyphenation: a hyphen inside an amount or a hash would change what it says
  // (hashes are laid out in two lines of 32 characters by the document itself).
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
