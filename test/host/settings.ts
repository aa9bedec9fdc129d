import { FakeObject, wireName } from "./client-object";
import type { FakeContext } from "./context";
import { apiNotFound, itemNotFound } from "./errors";
import type { PathRef } from "./request-log";

interface SettingRef {
  store: Record<string, unknown>;
  key: string;
}

/** Values round-trip through JSON, as the document stores them. */
function stored(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

export class FakeSetting extends FakeObject<SettingRef> {
  get key(): string {
    return this.loadedValue("key");
  }
  get value(): unknown {
    return this.loadedValue("value");
  }

  delete(): void {
    this.callMethod("delete", [], () => {
      const { store, key } = this.target();
      delete store[key];
    });
  }

  protected read(ref: SettingRef, name: string): unknown {
    if (name === "key") return ref.key;
    if (name === "value") return stored(ref.store[ref.key]);
    return this.unknownProperty(name);
  }
}

/** `workbook.settings` (ExcelApi 1.4): key → JSON value, saved with the workbook. */
export class FakeSettingCollection {
  constructor(
    private readonly context: FakeContext,
    readonly path: PathRef,
  ) {}

  /** `add` is a method that returns the setting: an object path of its own, with the key and value. */
  add(key: string, value: unknown): FakeSetting {
    const store = this.context.model.settings;
    const path = this.context.log.path(this.path, "method", wireName("add"), [key, value]);
    this.context.enqueueApi(4, "SettingCollection.add", () => (store[key] = stored(value)));
    return new FakeSetting(this.context, path, () => ({ store, key }));
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, this.context.log.path(this.path, "indexer", "", [key]), () => {
      if (this.context.config.apiVersion < 4) throw apiNotFound("SettingCollection.getItem", 4);
      const store = this.context.model.settings;
      if (!(key in store)) throw itemNotFound(`setting ${key}`);
      return { store, key };
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.context,
      this.context.log.path(this.path, "method", wireName("getItemOrNullObject"), [key]),
      () => {
        if (this.context.config.apiVersion < 4) throw apiNotFound("SettingCollection.getItemOrNullObject", 4);
        const store = this.context.model.settings;
        return key in store ? { store, key } : null;
      },
      true,
    );
  }
}
