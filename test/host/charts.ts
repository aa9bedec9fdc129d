import { FakeCollection, FakeObject } from "./client-object";
import type { FakeContext } from "./context";
import { invalidArgument } from "./errors";
import { type FakeChart, newId, type SheetModel } from "./model";
import type { FakeRange } from "./range";

interface ChartRef {
  sheet: SheetModel;
  chart: FakeChart;
}

/** `Worksheet.charts` (ExcelApi 1.1): what a chart is drawn from, its type and title; no drawing. */
export class FakeChartCollection extends FakeCollection<ChartRef, FakeChartProxy> {
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, () => {
      const owner = sheet();
      return (owner.charts ?? []).map((chart) => ({ sheet: owner, chart }));
    });
  }

  /** Like Excel, the data must lie on the chart's own sheet here (the add-in never charts another sheet). */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    let created: ChartRef | undefined;
    this.context.enqueue(() => {
      const owner = this.sheet();
      const source = sourceData.target();
      if (source.sheet !== owner) throw invalidArgument("the fake charts data of the chart's own sheet only");
      const chart: FakeChart = {
        id: newId(),
        name: `Chart ${(owner.charts?.length ?? 0) + 1}`,
        type,
        source: { ...source.rect },
        seriesBy,
        title: null,
        position: null,
      };
      (owner.charts ??= []).push(chart);
      created = { sheet: owner, chart };
    }, type);
    return new FakeChartProxy(this.context, () => created ?? null);
  }

  protected proxyFor(item: ChartRef): FakeChartProxy {
    return new FakeChartProxy(this.context, () => item);
  }
}

export class FakeChartProxy extends FakeObject<ChartRef> {
  readonly title: { text: string };

  constructor(context: FakeContext, resolver: () => ChartRef | null) {
    super(context, resolver);
    const set = (apply: (chart: FakeChart) => void) => context.enqueue(() => apply(this.target().chart));
    this.title = {
      set text(text: string) {
        set((c) => (c.title = text));
      },
      get text(): string {
        throw new Error("The fake does not load title.text");
      },
    };
  }

  get name(): string {
    return this.loadedValue("name");
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue(() => (this.target().chart.position = endCell ? `${startCell}:${endCell}` : startCell));
  }

  protected read(ref: ChartRef, name: string): unknown {
    if (name === "name") return ref.chart.name;
    if (name === "id") return ref.chart.id;
    return this.unknownProperty(name);
  }
}
