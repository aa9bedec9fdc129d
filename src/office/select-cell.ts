const ADDRESS = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

/**
 * Takes the user to a cell: activates its sheet and selects it. False when the sheet is gone
 * (renamed or deleted since the check) or hidden, or the address is not a cell reference. Two syncs.
 */
export async function selectCell(context: Excel.RequestContext, sheet: string, address: string): Promise<boolean> {
  if (!ADDRESS.test(address)) return false;
  const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet).load("visibility");
  await context.sync();
  if (worksheet.isNullObject || worksheet.visibility !== "Visible") return false;
  worksheet.activate();
  worksheet.getRange(address).select();
  await context.sync();
  return true;
}
