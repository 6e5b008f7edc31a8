// Reads a PDF's metadata title without a PDF library, so tests can check which document they got.
export /** The /Title of a PDF's Info dictionary: a literal string (escapes undone), UTF-16BE with a BOM or PDFDocEncoding. */
function pdfTitle(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const ref = /\/Title (\d+) 0 R/.exec(raw);
  const start = ref ? raw.indexOf('(', raw.indexOf(`\n${ref[1]} 0 obj`)) : raw.indexOf('(', raw.indexOf('/Title'));
  const bytes: number[] = [];
  let depth = 0;
  for (let i = start + 1; i < raw.length; i += 1) {
    const ch = raw[i]!;
    if (ch === '\\') {
      const next = raw[i + 1]!;
      const octal = /^[0-7]{1,3}/.exec(raw.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += octal[0].length;
      } else {
        bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
        i += 1;
      }
      continue;
    }
    if (ch === '(') depth += 1;
    if (ch === ')') {
      if (depth === 0) break;
      depth -= 1;
    }
    bytes.push(ch.charCodeAt(0));
  }
  const b = Buffer.from(bytes);
  return b[0] === 0xfe && b[1] === 0xff ? Buffer.from(b.subarray(2)).swap16().toString('utf16le') : b.toString('latin1');
}
