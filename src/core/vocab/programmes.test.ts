import { isKnownProgramme, isPostgraduate, PROGRAMMES } from "./programmes";

describe("programmes", () => {
  it.each([
    "Thạc sĩ Quản lý công",
    "thạc sỹ",
    "ThS. Kinh tế",
    "Tiến sĩ Luật",
    "Chuyên khoa cấp I Nội",
    "CKII",
    "CK I Ngoại",
    "Nghiên cứu sinh",
    "Master of Laws",
    "PhD",
  ])("counts %j as postgraduate", (text) => {
    expect(isPostgraduate(text)).toBe(true);
  });

  it.each(["Cao cấp lý luận chính trị", "Bồi dưỡng QLNN ngạch chuyên viên chính", "Đại học Luật", "Tin học"])(
    "does not count %j as postgraduate",
    (text) => {
      expect(isPostgraduate(text)).toBe(false);
    },
  );

  it.each([
    "Cao cấp LLCT (tập trung)",
    "Trung cấp lý luận chính trị – hành chính",
    "Bồi dưỡng kỹ năng lãnh đạo quản lý",
    "Bồi dưỡng cán bộ dự nguồn",
    "Quốc phòng – an ninh đối tượng 3",
    "Ngoại ngữ",
    "Cử nhân chính trị",
  ])("recognises %j", (text) => {
    expect(isKnownProgramme(text)).toBe(true);
  });

  it("does not recognise text that names no training, and proposes a programme only for a near spelling", () => {
    expect(isKnownProgramme("Kế toán")).toBe(false);
    expect(PROGRAMMES.nearest("Kế toán")).toBeNull();
    expect(PROGRAMMES.nearest("Tien sy")).toBe("Tiến sĩ");
  });
});
