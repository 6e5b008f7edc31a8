/** One dataset of the operator analytics as an Excel workbook (exceljs): a header row and typed numeric cells. */
import ExcelJS from 'exceljs';
import type { DataTableModel } from './dataset-tables';

const NUM_FMT: Record<string, string | undefined> = { integer: '0', money: '#,##0', decimal: '0.00', percent: '0.00%' };

export async function analyticsWorkbook(sheets: { name: string; table: DataTableModel }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Demeu';
  for (const { name, table } of sheets) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const ws = wb.addWorksheet(name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
    ws.columns = table.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.type === 'text' ? 40 : 18 }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of table.rows) ws.addRow(row.map((v) => (v === null ? null : v)));
    table.columns.forEach((c, i) => {
      const fmt = NUM_FMT[c.type];
      if (fmt) ws.getColumn(i + 1).numFmt = fmt;
    });
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}
