export * from "./gender";
