import { closedList } from "./closed-list";

/** The two values a gender column takes, for proposing a fix; which spellings are accepted is parseGender's call. */
export const GENDERS = closedList([
  { name: "Nam", aliases: ["Nam giới", "Male"] },
  { name: "Nữ", aliases: ["Nữ giới", "Female"] },
]);
