import { readFileSync } from "fs";
import { totalmem } from "os";
import { DEFAULT_LIMITS } from "../../xlsx/limits";

const MB = 1024 * 1024;

/**
 * The address space each worker's engine reserves for compiled code. V8's default is 512 MB a thread, which
 * under an address-space limit (`ulimit -v`) makes starting a worker abort the whole process ("Failed to
 * reserve virtual memory for CodeRange"); reading and checking a file compiles about 2 MB of code. Set with
 * the Worker's `resourceLimits.codeRangeSizeMb` (https://nodejs.org/docs/latest-v20.x/api/worker_threads.html#new-workerfilename-options).
 */
export const CODE_RANGE_MB = 32;

/** What a worker holds in memory besides its heap: its engine and code, and the file's bytes being read. */
const WORKER_OVERHEAD_MB = 96;
/**
 * What a worker reserves of the address space besides its heap: its code range, and the areas the C library
 * gives the allocations of each new thread (the worker's, the engine's helpers collecting its garbage), 64 MB
 * of address space each, reserved though unused: four per worker measured at rest, six allowed for.
 */
const WORKER_ADDRESS_SPACE_MB = WORKER_OVERHEAD_MB + CODE_RANGE_MB + 6 * 64;
/** Kept for this thread: the reports it gathers and prints. */
const COMMAND_MARGIN_MB = 64;
/** A worker's heap grows somewhat past what it uses before its watch (worker.ts) sees the use. */
const HEAP_SLACK = 1.25;
/** Below this, a worker could not read even a small roster: the limit is not fitted lower. */
const SMALLEST_FITTED_MB = 64;

/** The memory the system lets this process have, where it caps it below what the computer holds. */
export interface MemoryCaps {
  /** The computer's memory. */
  machine: number;
  /** A control group's memory limit (a container's, `systemd-run -p MemoryMax`): process.constrainedMemory(). */
  cgroup: number | null;
  /** What the process uses of it now (resident memory). */
  resident: number;
  /** The address-space limit (`ulimit -v`, RLIMIT_AS), from /proc/self/limits on Linux. */
  addressSpace: number | null;
  /** The address space the process has reserved so far (VmSize), against that limit. */
  reserved: number;
}

/** A field of a /proc file (`VmSize:   728240 kB`, `Max address space  unlimited  unlimited  bytes`). */
function procField(file: string, pattern: RegExp): string | null {
  try {
    return pattern.exec(readFileSync(file, "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The caps on this process as the system states them now. */
export function memoryCaps(): MemoryCaps {
  const machine = totalmem();
  // 0 when there is no control group limit; a cgroup v1 without a limit states about 2^63 or more.
  const cgroup = process.constrainedMemory?.() ?? 0;
  const limit = procField("/proc/self/limits", /^Max address space\s+(\d+)/m);
  const reserved = procField("/proc/self/status", /^VmSize:\s+(\d+) kB/m);
  return {
    machine,
    cgroup: cgroup > 0 && cgroup < machine ? cgroup : null,
    resident: process.memoryUsage.rss(),
    addressSpace: limit === null ? null : Number(limit),
    reserved: reserved === null ? 0 : Number(reserved) * 1024,
  };
}

/** Memory the workers may take together under one cap, and what each worker takes of it besides its heap. */
interface Room {
  mb: number;
  overheadMb: number;
}

const toMb = (bytes: number) => Math.floor(bytes / MB) - COMMAND_MARGIN_MB;

/**
 * The room the workers have under each cap: half the computer's memory (files are read side by side with
 * whatever else runs), what a control group's limit leaves, what an address-space limit leaves. A worker that
 * grew past a cap would end the whole process, its other files unreported; kept within it, it stops itself at
 * its limit and only its file gets an error.
 */
function rooms(caps: MemoryCaps): Room[] {
  const found: Room[] = [{ mb: toMb(caps.machine / 2), overheadMb: WORKER_OVERHEAD_MB }];
  if (caps.cgroup !== null) found.push({ mb: toMb(caps.cgroup - caps.resident), overheadMb: WORKER_OVERHEAD_MB });
  if (caps.addressSpace !== null)
    found.push({ mb: toMb(caps.addressSpace - caps.reserved), overheadMb: WORKER_ADDRESS_SPACE_MB });
  return found;
}

/** The largest heap one worker can be given under every cap, in MB (0 when one cap leaves no room). */
function heapRoomMb(caps: MemoryCaps): number {
  return Math.max(0, Math.min(...rooms(caps).map((room) => Math.floor((room.mb - room.overheadMb) / HEAP_SLACK))));
}

/**
 * The memory limit of a worker when --max-memory is not given: the usual one (DEFAULT_LIMITS), lowered
 * where a cap leaves less room for one worker (see rooms).
 */
export function fittedMemoryMb(caps: MemoryCaps): number {
  return Math.min(DEFAULT_LIMITS.maxMemoryMb, Math.max(SMALLEST_FITTED_MB, heapRoomMb(caps)));
}

/** How many workers with a heap limit of `limitMb` fit under every cap together (at least one). */
export function workersThatFit(caps: MemoryCaps, limitMb: number): number {
  const fit = rooms(caps).map((room) => Math.floor(room.mb / (limitMb * HEAP_SLACK + room.overheadMb)));
  return Math.max(1, Math.min(...fit));
}

/**
 * The engine's hard cap on a worker's heap: twice the limit it watches itself against (so that it normally
 * stops itself first, cleanly), but not past the room a cap leaves, where the process would be ended instead.
 */
export function hardHeapCapMb(caps: MemoryCaps, limitMb: number): number {
  return Math.min(limitMb * 2 + 64, Math.max(limitMb + 64, heapRoomMb(caps)));
}

let caps: MemoryCaps | null = null;

/** The caps as they were when first asked for: the command and its head start fit their limits to the same. */
export function processCaps(): MemoryCaps {
  caps ??= memoryCaps();
  return caps;
}
