import { asMatrix, broadcast } from "./broadcast";
import { type Cell } from "./cell-error";
import { inputError } from "./input-error";
import { toExcel } from "./to-excel";

/**
 * Cell by cell over the arguments (ranges or single values), to a result Excel can spill. A cell whose
 * inputs hold an error gives that error, and only that cell: the rest of the result is worked out.
 */
export function spill<T>(
  args: readonly unknown[],
  compute: (cells: unknown[]) => Cell<T>,
): (T | CustomFunctions.Error)[][] {
  return toExcel(
    broadcast(args.map(asMatrix), (cells) => {
      for (const cell of cells) {
        const error = inputError(cell);
        if (error) return error;
      }
      return compute(cells);
    }),
  );
}
