import { asMatrix, broadcast } from "./broadcast";
import { type Cell } from "./cell-error";
import { toExcel } from "./to-excel";

/** Cell by cell over the arguments (ranges or single values), to a result Excel can spill. */
export function spill<T>(
  args: readonly unknown[],
  compute: (cells: unknown[]) => Cell<T>,
): (T | CustomFunctions.Error)[][] {
  return toExcel(broadcast(args.map(asMatrix), compute));
}
