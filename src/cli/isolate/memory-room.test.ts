import { fittedMemoryMb, hardHeapCapMb, type MemoryCaps, workersThatFit } from "./memory-room";

const MB = 1024 * 1024;
const machine: MemoryCaps = { machine: 24 * 1024 * MB, cgroup: null, resident: 60 * MB, addressSpace: null, reserved: 0 };

describe("the memory each file's worker is given, fitted to the caps the system puts on the command", () => {
  test("on a computer without caps: the usual limit, a worker per file up to half the computer's memory", () => {
    expect(fittedMemoryMb(machine)).toBe(2048);
    expect(workersThatFit(machine, 2048)).toBe(4);
    expect(hardHeapCapMb(machine, 2048)).toBe(2 * 2048 + 64);
    expect(fittedMemoryMb({ ...machine, machine: 4 * 1024 * MB })).toBeLessThan(2048);
  });

  test("in a container limited to 1 GB: one worker, its limit low enough to stop itself before the container's", () => {
    const container = { ...machine, cgroup: 1024 * MB };
    const limit = fittedMemoryMb(container);
    expect(limit).toBeGreaterThan(256);
    expect(limit * 1.25 + 96 + 60 + 64).toBeLessThanOrEqual(1024);
    expect(workersThatFit(container, limit)).toBe(1);
    expect(hardHeapCapMb(container, limit)).toBeLessThan(1024 - 60);
  });

  test("under an address-space limit (ulimit -v), what the process has reserved already is not room", () => {
    const limited = { ...machine, addressSpace: 2000 * MB, reserved: 745 * MB };
    const limit = fittedMemoryMb(limited);
    expect(limit).toBeLessThan(1024);
    expect(limit).toBeGreaterThan(512);
    expect(workersThatFit(limited, limit)).toBe(1);
    // A limit asked for is kept, but no more workers start than the room holds.
    expect(workersThatFit(limited, 2048)).toBe(1);
  });

  test("with hardly any room left, the limit is not fitted below what a small roster needs", () => {
    expect(fittedMemoryMb({ ...machine, addressSpace: 800 * MB, reserved: 745 * MB })).toBe(64);
  });
});
