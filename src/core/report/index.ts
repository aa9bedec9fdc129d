export * from "./types";
export * from "./messages";
export * from "./render-message";
export * from "./issues";
export * from "./summary";
