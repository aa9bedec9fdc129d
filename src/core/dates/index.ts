export * from "./ymd";
export * from "./serial";
export * from "./parse";
export * from "./age";
export * from "./retirement";
export * from "./year-number";
export * from "./period";
