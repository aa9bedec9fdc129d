export * from "./types";
export * from "./render-message";
export * from "./issues";
export * from "./summary";
