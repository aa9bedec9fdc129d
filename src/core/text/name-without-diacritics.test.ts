import { isNameWithoutDiacritics } from "./name-without-diacritics";

describe("isNameWithoutDiacritics", () => {
  it.each([
    "Nguyen Van Hung",
    "TRAN THI MAI",
    "Hoang Duc Anh",
    "Nguyen Thi Ngoc Anh",
    "Duong Quoc Viet",
    "Nong Van Khuong",
    "Be Thi Huong",
    "Luc Van Quynh",
    "Giang A Pao",
    "Sung Seo Chu",
    "Trieu Thi Lieu",
    "Ma Van Kien",
  ])("flags %j", (name) => {
    expect(isNameWithoutDiacritics(name)).toBe(true);
  });

  it.each([
    "John Smith",
    "Mary Nguyen",
    "Le John",
    "Nguyen",
    "Nguyễn Văn Hùng",
    "Nguyen Van Hùng",
    "Van Morrison",
    "Nguyen Van Hung 2",
    "NguYen Van Hung",
    "",
  ])("does not flag %j", (text) => {
    expect(isNameWithoutDiacritics(text)).toBe(false);
  });
});
