import { ARTICLE_ROWS, articleTable } from "./article-table";

describe("the article's table", () => {
  test("the core's arithmetic gives back the shares of plan the article reports", () => {
    const shares = articleTable("vi").split("\n").slice(2, -1).map((line) => /(\d+)%/.exec(line)?.[1]);
    expect(shares).toEqual(["300", "285", "100", "45", "70", "238", "60"]);
    expect(shares).toHaveLength(ARTICLE_ROWS.length);
  });

  test("each line says whether the plan was exceeded, met or not met, in the chosen language", () => {
    const vi = articleTable("vi");
    expect(vi).toMatch(/Thạc sĩ, chuyên ngành giáo dục +30 +10 +300% +300% chỉ tiêu +Vượt kế hoạch/);
    expect(vi).toMatch(/Văn hóa, du lịch .*Đạt kế hoạch/);
    expect(articleTable("en")).toMatch(/Luân chuyển cán bộ diện BTV Tỉnh ủy quản lý +24 +40 +60% +60% KH +Not met/);
  });
});
