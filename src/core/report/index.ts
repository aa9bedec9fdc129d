export * from "./types";
export * from "./messages";
export * from "./issues";
export * from "./summary";
