import { StringDecoder } from "string_decoder";
import { createInflateRaw } from "zlib";
import { FileRefused, type ReadBudget } from "./read-budget";
import type { ZipPart } from "./zip-parts";

const STORED = 0;
const DEFLATED = 8;
/** Inflated bytes handed on at a time: the unit in which sizes and time are checked. */
const PIECE_BYTES = 64 * 1024;

const ignore = () => undefined;

/** `detail`: zlib's own words ("invalid distance too far back"), for --json only. */
const damaged = (detail: string | null = null) => new FileRefused({ code: "corrupt", detail });

/**
 * One zip entry inflated piece by piece, each piece counted against the budget before its text is handed
 * to `take`, so that a bomb is stopped after the first piece over a limit, whatever the zip declares.
 * Whatever `take` throws stops the inflating and rejects.
 */
export function inflatePart(
  zip: Buffer,
  part: ZipPart,
  budget: ReadBudget,
  take: (text: string) => void,
): Promise<void> {
  const data = zip.subarray(part.start, part.end);
  const decoder = new StringDecoder("utf8");
  let inflated = 0;
  const piece = (bytes: Buffer) => {
    inflated += bytes.length;
    budget.inflate(part.name, bytes.length, inflated);
    take(decoder.write(bytes));
  };
  return new Promise<void>((resolve, reject) => {
    if (part.method === STORED) {
      try {
        for (let at = 0; at < data.length; at += PIECE_BYTES) piece(data.subarray(at, at + PIECE_BYTES));
        take(decoder.end());
        resolve();
      } catch (error) {
        reject(error);
      }
      return;
    }
    if (part.method !== DEFLATED) {
      reject(damaged());
      return;
    }
    const inflater = createInflateRaw({ chunkSize: PIECE_BYTES });
    // The code after the part is read runs in the inflater's async context, which keeps the inflater and its
    // listeners reachable, and through them everything `take` holds (a sheet read so far): let go of them.
    const settle = (outcome: () => void) => {
      inflater.removeAllListeners().on("error", ignore);
      outcome();
    };
    inflater.on("data", (bytes: Buffer) => {
      try {
        piece(bytes);
      } catch (error) {
        inflater.destroy();
        settle(() => reject(error));
      }
    });
    inflater.on("end", () => {
      try {
        take(decoder.end());
        settle(resolve);
      } catch (error) {
        settle(() => reject(error));
      }
    });
    inflater.on("error", (error) => settle(() => reject(damaged(error.message))));
    inflater.end(data);
  });
}
