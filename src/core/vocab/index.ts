export * from "./keys";
export * from "./distance";
export * from "./closed-list";
export * from "./ethnicities";
export * from "./genders";
export * from "./programmes";
export * from "./memo";
