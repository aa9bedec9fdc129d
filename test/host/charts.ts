import { FakeCollection, FakeObject } from "./client-object";
import type { FakeContext } from "./context";
import { invalidArgument } from "./errors";
import { type FakeChart, newId, type SheetModel } from "./model";
import type { FakeRange } from "./range";
import type { PathRef } from "./request-log";

interface ChartRef {
  sheet: SheetModel;
  chart: FakeChart;
}

/** `Worksheet.charts` (ExcelApi 1.1): what a chart is drawn from, its type and title; no drawing. */
export class FakeChartCollection extends FakeCollection<ChartRef, FakeChartProxy> {
  constructor(
    context: FakeContext,
    path: PathRef,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, path, () => {
      const owner = sheet();
      return (owner.charts ?? []).map((chart) => ({ sheet: owner, chart }));
    });
  }

  /** Like Excel, the data must lie on the chart's own sheet here (the add-in never charts another sheet). */
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChartProxy {
    let created: ChartRef | undefined;
    const path = this.childPath("method", "add", [type, sourceData, seriesBy]);
    this.context.enqueue(() => {
      const owner = this.sheet();
      const source = sourceData.target();
      if (source.sheet !== owner) throw invalidArgument("the fake charts data of the chart's own sheet only");
      const chart: FakeChart = {
        id: newId(),
        name: `Chart ${(owner.charts?.length ?? 0) + 1}`,
        type,
        source: { ...source.rect },
        seriesBy: seriesBy ?? "Auto",
        title: null,
        position: null,
      };
      (owner.charts ??= []).push(chart);
      created = { sheet: owner, chart };
    });
    return new FakeChartProxy(this.context, path, () => created ?? null);
  }

  protected proxyFor(item: ChartRef, path: PathRef): FakeChartProxy {
    return new FakeChartProxy(this.context, path, () => item);
  }
}

/** `Chart.title`: only its text is modelled. */
class FakeChartTitle extends FakeObject<ChartRef> {
  set text(text: string) {
    this.setProperty("text", text, () => (this.target().chart.title = text));
  }
  get text(): string {
    return this.loadedValue("text");
  }

  protected read(ref: ChartRef, name: string): unknown {
    if (name === "text") return ref.chart.title ?? "";
    return this.unknownProperty(name);
  }
}

export class FakeChartProxy extends FakeObject<ChartRef> {
  get title(): FakeChartTitle {
    return this.cachedChild("title", (path) => new FakeChartTitle(this.context, path, () => this.target()));
  }

  get name(): string {
    return this.loadedValue("name");
  }

  setPosition(startCell: string, endCell?: string): void {
    this.callMethod(
      "setPosition",
      [startCell, endCell],
      () => (this.target().chart.position = endCell ? `${startCell}:${endCell}` : startCell),
    );
  }

  protected read(ref: ChartRef, name: string): unknown {
    if (name === "name") return ref.chart.name;
    if (name === "id") return ref.chart.id;
    return this.unknownProperty(name);
  }
}
